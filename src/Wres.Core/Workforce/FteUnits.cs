using System.Runtime.CompilerServices;

namespace Wres.Core.Workforce;

/// <summary>A whole-time equivalent in ten-thousandths, as the workforce keeps it (-1 when not given, which the callers decide).</summary>
internal static class FteUnits
{
    private const uint MaximumExactMantissa = int.MaxValue / 10_000;

    private static ReadOnlySpan<int> UnitsPerStep => [10_000, 1_000, 100, 10, 1];

    /// <summary>The value in ten-thousandths, rounded half away from zero (the slow path, after <see cref="TryExact"/>).</summary>
    public static int Of(decimal value) => (int)Math.Round(value * 10_000m, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The value in ten-thousandths when that is exact and cheap to find: not negative, at most four
    /// decimal places and a small mantissa (every FTE as ESR writes it). Otherwise false, and decimal
    /// arithmetic decides.
    /// </summary>
    [SkipLocalsInit]
    public static bool TryExact(decimal value, out int units)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] >= 0 && bits[1] == 0 && bits[2] == 0 && scale <= 4 && (uint)bits[0] <= MaximumExactMantissa)
        {
            units = bits[0] * UnitsPerStep[scale];
            return true;
        }

        units = 0;
        return false;
    }
}
