using System.Buffers;

namespace Wres.Core.PayGaps;

/// <summary>
/// Sorts non-negative doubles, carrying a code with each, by a stable least-significant-digit radix sort on
/// their bits (for non-negative doubles the bits order as the values do): six passes of 11 bits, a pass
/// skipped where every key has the same digit. Pay has few distinct values (pay points), on which a
/// comparison sort is several times slower. Scratch arrays are pooled.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Digits = (64 + DigitBits - 1) / DigitBits;

    /// <summary>Sorts <paramref name="keys"/> ascending, moving <paramref name="codes"/> with them; equal keys keep their order.</summary>
    /// <param name="keys">Non-negative keys (not NaN, not −0.0).</param>
    /// <param name="codes">The codes, as many as the keys.</param>
    public static void Sort(Span<double> keys, Span<uint> codes)
    {
        var n = keys.Length;
        if (n < 2)
        {
            return;
        }

        var counts = ArrayPool<int>.Shared.Rent(Digits * Buckets);
        var scratchKeys = ArrayPool<double>.Shared.Rent(n);
        var scratchCodes = ArrayPool<uint>.Shared.Rent(n);
        try
        {
            var histograms = counts.AsSpan(0, Digits * Buckets);
            histograms.Clear();
            foreach (var key in keys)
            {
                var bits = BitConverter.DoubleToUInt64Bits(key);
                for (var digit = 0; digit < Digits; digit++)
                {
                    histograms[(digit * Buckets) + (int)((bits >> (digit * DigitBits)) & (Buckets - 1))]++;
                }
            }

            Span<double> fromKeys = keys;
            Span<uint> fromCodes = codes;
            Span<double> toKeys = scratchKeys.AsSpan(0, n);
            Span<uint> toCodes = scratchCodes.AsSpan(0, n);
            for (var digit = 0; digit < Digits; digit++)
            {
                var starts = histograms.Slice(digit * Buckets, Buckets);
                if (Prefix(starts, n))
                {
                    continue;
                }

                var shift = digit * DigitBits;
                for (var i = 0; i < n; i++)
                {
                    var key = fromKeys[i];
                    var to = starts[(int)((BitConverter.DoubleToUInt64Bits(key) >> shift) & (Buckets - 1))]++;
                    toKeys[to] = key;
                    toCodes[to] = fromCodes[i];
                }

                var keysWere = fromKeys;
                var codesWere = fromCodes;
                fromKeys = toKeys;
                fromCodes = toCodes;
                toKeys = keysWere;
                toCodes = codesWere;
            }

            if (!fromKeys.Overlaps(keys))
            {
                fromKeys.CopyTo(keys);
                fromCodes.CopyTo(codes);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<double>.Shared.Return(scratchKeys);
            ArrayPool<uint>.Shared.Return(scratchCodes);
        }
    }

    /// <summary>Turns the digit's counts into starting places; <see langword="true"/> (nothing to move) when one bucket holds every key.</summary>
    private static bool Prefix(Span<int> counts, int n)
    {
        var sum = 0;
        for (var bucket = 0; bucket < counts.Length; bucket++)
        {
            var count = counts[bucket];
            if (count == n)
            {
                return true;
            }

            counts[bucket] = sum;
            sum += count;
        }

        return false;
    }
}
