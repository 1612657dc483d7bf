using System.Numerics;

namespace Wres.Core.Statistics;

/// <summary>Compares the ratio (a/n1) ÷ (c/n2) with a decimal threshold exactly, in integers.</summary>
internal static class ExactRatio
{
    /// <summary>
    /// The sign of (a/n1)/(c/n2) − <paramref name="threshold"/>, computed as the sign of
    /// a·n2·10^s − m·n1·c where the threshold is m / 10^s. Requires a, n2 ≥ 0, n1, c &gt; 0 and a positive threshold.
    /// </summary>
    public static int CompareTo(int a, int n1, int c, int n2, decimal threshold)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(threshold, bits);
        var scale = threshold.Scale;
        var mantissa = new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);

        var ratioNumerator = (ulong)a * (ulong)n2;     // < 2^62
        var ratioDenominator = (ulong)n1 * (ulong)c;   // < 2^62

        // With s ≤ 19 (10^s fits in 64 bits) and m < 2^64 (the top 32 of its 96 bits zero) both products stay below
        // 2^127: compare in UInt128. Otherwise (a threshold with more than 19 decimal places, or more than 19
        // significant digits) fall back to arbitrary precision.
        if (scale < PowersOfTen.Length && bits[2] == 0)
        {
            var left = (UInt128)ratioNumerator * PowersOfTen[scale];
            var right = mantissa * ratioDenominator;
            return left.CompareTo(right);
        }

        var bigLeft = new BigInteger(ratioNumerator) * BigInteger.Pow(10, scale);
        var bigRight = (BigInteger)mantissa * ratioDenominator;
        return bigLeft.CompareTo(bigRight);
    }

    /// <summary>10^0 to 10^19, every power of ten below 2^64.</summary>
    private static ReadOnlySpan<ulong> PowersOfTen =>
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];
}
