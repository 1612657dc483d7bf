using System.Buffers;
using Wres.Core.Internal;

namespace Wres.Core.Indicators;

/// <summary>
/// Rows regrouped by the top bits of their key hash, so that each partition's people fit in cache. Two
/// sequential passes (count, then place); the arrays are pooled.
/// </summary>
internal sealed class Partitioned<T> : IDisposable
    where T : struct, IHashed
{
    private readonly T[] _items;
    private readonly int[] _starts;

    public Partitioned(ReadOnlySpan<T> rows, int bits)
    {
        var partitions = 1 << bits;
        _starts = ArrayPool<int>.Shared.Rent(partitions + 1);
        var counts = _starts.AsSpan(0, partitions + 1);
        counts.Clear();
        var shift = 64 - bits;
        foreach (ref readonly var row in rows)
        {
            counts[Partition(row.Hash, bits, shift) + 1]++;
        }

        for (var p = 1; p <= partitions; p++)
        {
            counts[p] += counts[p - 1];
        }

        _items = ArrayPool<T>.Shared.Rent(Math.Max(rows.Length, 1));
        var next = ArrayPool<int>.Shared.Rent(partitions);
        counts[..partitions].CopyTo(next);
        foreach (ref readonly var row in rows)
        {
            _items[next[Partition(row.Hash, bits, shift)]++] = row;
        }

        // Stryker disable once Statement : equivalent, returning a rented array only lets the pool reuse it
        ArrayPool<int>.Shared.Return(next);
        MaxPartition = 0;
        for (var p = 0; p < partitions; p++)
        {
            MaxPartition = Math.Max(MaxPartition, counts[p + 1] - counts[p]);
        }
    }

    /// <summary>The size of the largest partition.</summary>
    public int MaxPartition { get; }

    public ReadOnlySpan<T> this[int partition] => _items.AsSpan(_starts[partition], _starts[partition + 1] - _starts[partition]);

    /// <summary>The backing array and the partition's place in it.</summary>
    public (T[] Items, int Start, int Length) Segment(int partition) =>
        (_items, _starts[partition], _starts[partition + 1] - _starts[partition]);

    // Stryker disable once Bitwise : equivalent, the hash is unsigned, so >> and >>> are the same
    public static int Partition(ulong hash, int bits, int shift) => bits == 0 ? 0 : (int)(hash >> shift);

    // Stryker disable all : equivalent, returning a rented array only lets the pool reuse it
    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_items);
        ArrayPool<int>.Shared.Return(_starts);
    }

    // Stryker restore all
}
