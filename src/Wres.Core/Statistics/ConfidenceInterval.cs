namespace Wres.Core.Statistics;

/// <summary>A confidence interval for a ratio, unrounded.</summary>
/// <param name="Lower">The lower limit (0 when the ratio is 0).</param>
/// <param name="Upper">The upper limit; <see cref="double.PositiveInfinity"/> only if the interval is truly unbounded.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>Whether a value lies in the interval, limits included.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(double value) => Lower <= value && value <= Upper;
}
