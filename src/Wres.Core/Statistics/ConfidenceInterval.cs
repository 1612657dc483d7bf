using System.Globalization;

namespace Wres.Core.Statistics;

/// <summary>A confidence interval for a ratio, unrounded: a lower limit that is not above the upper one.</summary>
public readonly record struct ConfidenceInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower limit (0 when the ratio is 0).</param>
    /// <param name="upper">The upper limit; <see cref="double.PositiveInfinity"/> only if the interval is truly unbounded.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not a number, or the lower limit is above the upper one.</exception>
    public ConfidenceInterval(double lower, double upper)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper))
        {
            throw new ArgumentOutOfRangeException(double.IsNaN(lower) ? nameof(lower) : nameof(upper), "A confidence limit must be a number.");
        }

        if (lower > upper)
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, string.Create(CultureInfo.InvariantCulture, $"The lower limit must not be above the upper limit ({upper:R})."));
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower limit (0 when the ratio is 0).</summary>
    public double Lower { get; }

    /// <summary>The upper limit; <see cref="double.PositiveInfinity"/> only if the interval is truly unbounded.</summary>
    public double Upper { get; }

    /// <summary>Whether a value lies in the interval, limits included.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(double value) => Lower <= value && value <= Upper;

    /// <summary>The limits rounded to 2 decimal places, joined by an en dash, in the invariant culture.</summary>
    /// <returns>For example <c>1.19–1.77</c>, or <c>0.25–∞</c> for an unbounded interval.</returns>
    public override string ToString() => $"{Limit(Lower)}–{Limit(Upper)}";

    private static string Limit(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString("0.00", CultureInfo.InvariantCulture);
}
