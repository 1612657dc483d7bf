using System.Globalization;

namespace Wres.Core.Statistics;

/// <summary>
/// Rounding and text for display only: ratios to 2 decimal places, percentages to 1, p-values to 3, midpoints
/// away from zero. Nothing is ever computed from a rounded value.
/// </summary>
/// <remarks>
/// The value is first converted to <see cref="decimal"/> (which keeps the shortest 15 significant digits of the
/// double), then rounded, so a value written as 2.675 rounds to 2.68 even though the nearest double is slightly
/// below 2.675. Text uses the invariant culture.
/// </remarks>
public static class DisplayRounding
{
    /// <summary>The text shown for a value that does not exist.</summary>
    private const string NotApplicable = "n/a";

    /// <summary>Rounds a ratio to 2 decimal places, midpoint away from zero (2.675 → 2.68).</summary>
    /// <param name="value">The unrounded ratio.</param>
    /// <returns>The rounded ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or is outside the range of <see cref="decimal"/>.</exception>
    public static decimal RoundRatio(double value) => Round(value, 2);

    /// <summary>Rounds a percentage to 1 decimal place, midpoint away from zero (12.25 → 12.3, −0.05 → −0.1).</summary>
    /// <param name="value">The unrounded percentage.</param>
    /// <returns>The rounded percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or is outside the range of <see cref="decimal"/>.</exception>
    public static decimal RoundPercent(double value) => Round(value, 1);

    /// <summary>A ratio as text with 2 decimal places, for example <c>2.50</c>; <c>n/a</c> when there is none.</summary>
    /// <param name="value">The unrounded ratio, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or is outside the range of <see cref="decimal"/>.</exception>
    public static string FormatRatio(double? value) =>
        value is { } v ? RoundRatio(v).ToString("0.00", CultureInfo.InvariantCulture) : NotApplicable;

    /// <summary>A percentage as text with 1 decimal place and no sign, for example <c>12.3</c>; <c>n/a</c> when there is none.</summary>
    /// <param name="value">The unrounded percentage, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or is outside the range of <see cref="decimal"/>.</exception>
    public static string FormatPercent(double? value) =>
        value is { } v ? RoundPercent(v).ToString("0.0", CultureInfo.InvariantCulture) : NotApplicable;

    /// <summary>
    /// A p-value as text with 3 decimal places, for example <c>0.049</c>; <c>&lt; 0.001</c> below 0.0005 (where
    /// it would round to 0.000); <c>n/a</c> when there is none.
    /// </summary>
    /// <param name="p">The unrounded p-value, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1].</exception>
    public static string FormatPValue(double? p)
    {
        if (p is not { } value)
        {
            return NotApplicable;
        }

        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), value, "A p-value must be between 0 and 1.");
        }

        var exact = (decimal)value;
        return exact < 0.0005m
            ? "< 0.001"
            : Math.Round(exact, 3, MidpointRounding.AwayFromZero).ToString("0.000", CultureInfo.InvariantCulture);
    }

    private static decimal Round(double value, int decimals)
    {
        // decimal holds magnitudes below about 7.9e28; anything beyond that (or NaN, or an infinity) is not a
        // value this library produces.
        if (!double.IsFinite(value) || Math.Abs(value) >= 7.9e28)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value must be finite and within the range of decimal.");
        }

        return Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
    }
}
