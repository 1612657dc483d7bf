using Wres.Core.Statistics;

namespace Wres.Reporting.Comparison;

/// <summary>Last year's relative-likelihood indicator (2, 3 or 4).</summary>
/// <param name="Orientation">Which group's likelihood was divided by which, as written (for example <c>WhiteOverBme</c>); <see langword="null"/> when not given.</param>
/// <param name="Reference">The reference group.</param>
/// <param name="Focus">The focus group.</param>
/// <param name="Unknown">The Unknown group.</param>
/// <param name="Ratio">The relative likelihood; <see langword="null"/> when undefined.</param>
/// <param name="Interval">The 95% confidence interval (an unbounded upper limit is positive infinity); <see langword="null"/> when not given.</param>
/// <param name="PValue">The p-value.</param>
/// <param name="Band">The four-fifths band; <see langword="null"/> when not given.</param>
/// <param name="SmallNumbers">Whether the ratio rested on small numbers.</param>
/// <param name="Rolling">Whether two years were pooled.</param>
internal sealed record PreviousLikelihood(
    string? Orientation,
    PreviousProportion Reference,
    PreviousProportion Focus,
    PreviousProportion Unknown,
    double? Ratio,
    ConfidenceInterval? Interval,
    double? PValue,
    LikelihoodBand? Band,
    bool? SmallNumbers,
    bool? Rolling)
{
    /// <summary>
    /// The same figures with the ratio the other way up (the ratio inverted and the interval's limits inverted and
    /// swapped), for a report whose orientation differs from this year's.
    /// </summary>
    /// <param name="orientation">The orientation now.</param>
    public PreviousLikelihood Inverted(string orientation) => this with
    {
        Orientation = orientation,
        Ratio = Ratio is { } ratio && ratio > 0 ? 1 / ratio : null,
        Interval = Interval is { } interval ? new ConfidenceInterval(Reciprocal(interval.Upper), Reciprocal(interval.Lower)) : null,
    };

    private static double Reciprocal(double value) => value == 0 ? double.PositiveInfinity : 1 / value;
}
