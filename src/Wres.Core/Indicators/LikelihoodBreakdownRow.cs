using Wres.Core.Statistics;
using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>
/// One row of indicator 2 (WDES metric 2) broken down by the post applied for: by its pay band or by its staff group
/// (rules §8, issue 11), with the same counts and statistics as the indicator itself.
/// </summary>
/// <remarks>
/// The row's applications are those for posts of its band (or staff group); the likelihoods, the relative likelihood
/// (reference ÷ focus: White ÷ BME, non-disabled ÷ disabled), its 95% confidence interval, p-value, four-fifths band and
/// small-numbers flag are computed from its counts exactly as the indicator's are from all of them. The rows of a
/// breakdown add up to the indicator's counts. Applications whose pay band (staff group) is blank or not recognised
/// are the row <see cref="NotRecognisedLabel"/>: never dropped.
/// </remarks>
public sealed class LikelihoodBreakdownRow
{
    /// <summary>The label of the row of applications whose pay band (or staff group) is blank or not recognised.</summary>
    public const string NotRecognisedLabel = "Not recognised or blank";

    internal LikelihoodBreakdownRow(string label, Grade? payBand, StaffGroup? staffGroup, Proportion reference, Proportion focus, Proportion unknown, RelativeLikelihood relativeLikelihood)
    {
        Label = label;
        PayBand = payBand;
        StaffGroup = staffGroup;
        Reference = reference;
        Focus = focus;
        Unknown = unknown;
        RelativeLikelihood = relativeLikelihood;
    }

    /// <summary>
    /// The row's name: the band's label as indicator 1 shows it (<c>Band 5</c>, <c>Band 8a</c>, <c>VSM</c>,
    /// <c>Consultants</c>, <c>Other</c>), the staff group's name, or <see cref="NotRecognisedLabel"/>.
    /// </summary>
    public string Label { get; }

    /// <summary>The pay band or grade group of a row by pay band; <see langword="null"/> for a row by staff group and for the row <see cref="NotRecognisedLabel"/>.</summary>
    public Grade? PayBand { get; }

    /// <summary>The staff group of a row by staff group; <see langword="null"/> for a row by pay band and for the row <see cref="NotRecognisedLabel"/>.</summary>
    public StaffGroup? StaffGroup { get; }

    /// <summary>The reference group's appointed (events) of shortlisted (base).</summary>
    public Proportion Reference { get; }

    /// <summary>The focus group's appointed (events) of shortlisted (base).</summary>
    public Proportion Focus { get; }

    /// <summary>Unknown's appointed of shortlisted: reported, never in the ratio.</summary>
    public Proportion Unknown { get; }

    /// <summary>The ratio (reference ÷ focus) with its interval, p-value, band and small-numbers flag; the ratio is undefined, with its reason, when a base is 0.</summary>
    public RelativeLikelihood RelativeLikelihood { get; }
}
