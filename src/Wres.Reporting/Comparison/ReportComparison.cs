using NodaTime;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Comparison;

/// <summary>
/// The comparison with last year's report that every format shows: last year's counterpart of each figure of this
/// year's report (<see langword="null"/> when last year's report has none), the differences (this year's minus last
/// year's, in the figure's own units) and whether two 95% confidence intervals overlap. Built once per write by
/// <see cref="ReportView"/>.
/// </summary>
internal sealed class ReportComparison
{
    private readonly PreviousReport _previous;

    public ReportComparison(PreviousReport previous)
    {
        _previous = previous;
    }

    /// <summary>Last year's reporting year, for example <c>2024/25</c>.</summary>
    public string Year => _previous.Year;

    /// <summary>Last year's period.</summary>
    public DateInterval Period => _previous.Period;

    /// <summary>Last year's organisation name, or <see langword="null"/>.</summary>
    public string? Organisation => _previous.Organisation;

    /// <summary>Whether last year's report was published, so its counts are the published (rounded or suppressed) ones.</summary>
    public bool PreviousPublished => _previous.Published;

    /// <summary>Last year's workforce figures, or <see langword="null"/>.</summary>
    public PreviousWorkforce? Workforce => _previous.Workforce;

    /// <summary>
    /// Whether last year's likelihoods were pooled over as many years as this year's (indicator 3 and WDES metric 3
    /// can be one year or two). When not, counts are not compared (a two-year base against a one-year base means
    /// nothing) and neither are the intervals (this year's pooled figure contains last year's data); the ratios
    /// are still shown side by side. A report that does not say is taken as pooled the same way.
    /// </summary>
    public static bool PooledAlike(LikelihoodIndicatorResult current, PreviousLikelihood? previous) =>
        previous?.Rolling is not { } rolling || rolling == current.Rolling;

    /// <summary>Whether the intervals of this year's and last year's likelihoods overlap; <see langword="null"/> when either is unknown or they were pooled differently.</summary>
    public static bool? IntervalsOverlap(LikelihoodIndicatorResult current, PreviousLikelihood? previous) =>
        PooledAlike(current, previous) ? IntervalsOverlap(current.RelativeLikelihood?.Interval, previous?.Interval) : null;

    /// <summary>Whether two confidence intervals overlap; <see langword="null"/> when either is unknown.</summary>
    public static bool? IntervalsOverlap(ConfidenceInterval? current, ConfidenceInterval? previous) =>
        current is { } c && previous is { } p ? c.Lower <= p.Upper && p.Lower <= c.Upper : null;

    /// <summary>This year's value minus last year's; <see langword="null"/> when either is unknown.</summary>
    public static double? Difference(double? current, double? previous) =>
        current is { } c && previous is { } p ? c - p : null;

    /// <summary>This year's value minus last year's; <see langword="null"/> when either is unknown.</summary>
    public static decimal? Difference(decimal? current, decimal? previous) =>
        current is { } c && previous is { } p ? c - p : null;

    /// <summary>Last year's row of indicator 1 with the same segment and label.</summary>
    public PreviousRow? Row(string segmentKey, string label) =>
        _previous.Rows.TryGetValue((segmentKey, label), out var row) ? row : null;

    /// <summary>
    /// Last year's relative-likelihood indicator with the same id, turned the same way up as this year's (a report
    /// whose ratio was the other way up is inverted, which is exact).
    /// </summary>
    public PreviousLikelihood? Likelihood(LikelihoodView likelihood)
    {
        if (!_previous.Likelihoods.TryGetValue(likelihood.Id, out var previous))
        {
            return null;
        }

        var now = likelihood.OrientationKey;
        var over = now.IndexOf("Over", StringComparison.Ordinal);
        var reversed = over < 0 ? null : now[(over + 4)..] + "Over" + now[..over];
        return previous.Orientation is { } orientation && orientation == reversed ? previous.Inverted(now) : previous;
    }

    /// <summary>Last year's survey indicator with the same id.</summary>
    public PreviousSurvey? Survey(string id) => _previous.Surveys.TryGetValue(id, out var survey) ? survey : null;

    /// <summary>Last year's board indicator with the same id.</summary>
    public PreviousBoard? Board(string id) => _previous.Boards.TryGetValue(id, out var board) ? board : null;
}
