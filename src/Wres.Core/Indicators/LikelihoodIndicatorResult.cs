using Wres.Core.Statistics;

namespace Wres.Core.Indicators;

/// <summary>
/// A relative-likelihood indicator: WRES 2 (appointment from shortlisting, White ÷ BME), 3 (entry into
/// formal disciplinary investigation, BME ÷ White) and 4 (access to non-mandatory training, White ÷ BME);
/// WDES 2 and 3 likewise with non-disabled and disabled staff.
/// </summary>
/// <remarks>
/// <para>For each group <c>L = events / base</c>; the ratio is oriented so that a value above 1 is adverse
/// to the focus group. Unknown is excluded from both sides of the ratio and reported beside it.</para>
/// <para>Events and base: appointed / shortlisted applications (2); people entering the process / the
/// workforce headcount (3), pooled over two years when last year's data are supplied; people with at
/// least one non-mandatory course in the year / the workforce headcount (4).</para>
/// </remarks>
public sealed class LikelihoodIndicatorResult
{
    internal LikelihoodIndicatorResult(
        string id,
        IndicatorStatus status,
        RatioOrientation orientation,
        Proportion reference,
        Proportion focus,
        Proportion unknown,
        RelativeLikelihood? relativeLikelihood,
        int yearsPooled,
        PeopleToParity? parity = null)
    {
        Id = id;
        Status = status;
        Orientation = orientation;
        Reference = reference;
        Focus = focus;
        Unknown = unknown;
        RelativeLikelihood = relativeLikelihood;
        YearsPooled = yearsPooled;
        Parity = parity;
    }

    /// <summary>The indicator id: <c>2</c>, <c>3</c> or <c>4</c>.</summary>
    public string Id { get; }

    /// <summary>Computed, or not provided.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>Which group is the numerator.</summary>
    public RatioOrientation Orientation { get; }

    /// <summary>The reference group's events and base.</summary>
    public Proportion Reference { get; }

    /// <summary>The focus group's events and base.</summary>
    public Proportion Focus { get; }

    /// <summary>Unknown's events and base: reported, never in the ratio.</summary>
    public Proportion Unknown { get; }

    /// <summary>The ratio with its interval, p-value, band and small-numbers flag; <see langword="null"/> when not provided.</summary>
    public RelativeLikelihood? RelativeLikelihood { get; }

    /// <summary>1 for a single year; 2 when indicator 3 pooled this year with last year.</summary>
    public int YearsPooled { get; }

    /// <summary>Whether two years were pooled.</summary>
    public bool Rolling => YearsPooled == 2;

    /// <summary>
    /// How many focus-group people the indicator is from parity and from the four-fifths band (rules §8);
    /// <see langword="null"/> when not computed or when either group's base is 0.
    /// </summary>
    public PeopleToParity? Parity { get; }

    /// <summary>
    /// Indicator 2 (WDES 2) by the pay band of the post applied for, in the order indicator 1 shows bands (Under Band 1
    /// to VSM, the medical grade groups, Other), then <see cref="LikelihoodBreakdownRow.NotRecognisedLabel"/>; a row
    /// for each with an application counted. <see langword="null"/> for indicators 3 and 4, and when the recruitment
    /// input has no <c>Pay Band</c> column.
    /// </summary>
    public IReadOnlyList<LikelihoodBreakdownRow>? ByPayBand { get; private init; }

    /// <summary>
    /// Indicator 2 (WDES 2) by the staff group of the post applied for, by staff group name, then
    /// <see cref="LikelihoodBreakdownRow.NotRecognisedLabel"/>; a row for each with an application counted.
    /// <see langword="null"/> for indicators 3 and 4, and when the recruitment input has no <c>Staff Group</c> column.
    /// </summary>
    public IReadOnlyList<LikelihoodBreakdownRow>? ByStaffGroup { get; private init; }

    /// <summary>
    /// Indicator 2 of the WRES by the nine detailed ethnic groups (rules §8), in the order of
    /// <see cref="Ethnicity.DetailedEthnicGroup"/>: the White groups add up to <see cref="Reference"/>, the others but
    /// Unknown to <see cref="Focus"/>. <see langword="null"/> for indicators 3 and 4, for the WDES, and when an
    /// application was added with its WRES group only.
    /// </summary>
    public IReadOnlyList<DetailedGroupLikelihood>? ByDetailedGroup { get; private init; }

    /// <summary>This result with indicator 2's breakdowns.</summary>
    internal LikelihoodIndicatorResult WithBreakdowns(
        IReadOnlyList<LikelihoodBreakdownRow>? byPayBand,
        IReadOnlyList<LikelihoodBreakdownRow>? byStaffGroup,
        IReadOnlyList<DetailedGroupLikelihood>? byDetailedGroup) =>
        new(Id, Status, Orientation, Reference, Focus, Unknown, RelativeLikelihood, YearsPooled, Parity)
        {
            ByPayBand = byPayBand,
            ByStaffGroup = byStaffGroup,
            ByDetailedGroup = byDetailedGroup,
        };

    internal static LikelihoodIndicatorResult NotProvided(string id, RatioOrientation orientation) =>
        new(id, IndicatorStatus.NotProvided, orientation, Proportion.Of(0, 0), Proportion.Of(0, 0), Proportion.Of(0, 0), null, 1);
}
