using System.Buffers;
using Wres.Core.Internal;

namespace Wres.Core.PayGaps;

/// <summary>
/// The indexes of rows grouped by the top bits of their key hash, in row order within each group: the rows
/// of one person fall in one partition, and a partition's people (a few thousand) fit in cache while their
/// rows are summed. Two sequential passes (count, then place); the arrays are pooled.
/// </summary>
internal sealed class HashPartitions<T> : IDisposable
    where T : struct, IHashed
{
    /// <summary>About this many rows per partition.</summary>
    private const int RowsPerPartition = 2048;

    private const int MaxBits = 12;

    private readonly T[] _rows;
    private readonly int[] _starts;

    private HashPartitions(T[] rows, int[] starts, int count)
    {
        _rows = rows;
        _starts = starts;
        Count = count;
        for (var p = 0; p < count; p++)
        {
            Largest = Math.Max(Largest, starts[p + 1] - starts[p]);
        }
    }

    /// <summary>The number of partitions.</summary>
    public int Count { get; }

    /// <summary>The number of rows in the largest partition.</summary>
    public int Largest { get; }

    /// <summary>One partition's rows, in row order.</summary>
    public ReadOnlySpan<T> this[int partition] => _rows.AsSpan(_starts[partition], _starts[partition + 1] - _starts[partition]);

    /// <summary>The number of hash bits that gives partitions of about <see cref="RowsPerPartition"/> of the largest input.</summary>
    public static int BitsFor(int rows)
    {
        var bits = 0;
        while (bits < MaxBits && (rows >> bits) > RowsPerPartition)
        {
            bits++;
        }

        return bits;
    }

    public static HashPartitions<T> Of(ReadOnlySpan<T> rows, int bits)
    {
        var count = 1 << bits;
        var shift = 64 - bits;
        var starts = ArrayPool<int>.Shared.Rent(count + 1);
        var sizes = starts.AsSpan(0, count + 1);
        sizes.Clear();
        foreach (ref readonly var row in rows)
        {
            sizes[Partition(row.Hash, bits, shift) + 1]++;
        }

        for (var p = 1; p <= count; p++)
        {
            sizes[p] += sizes[p - 1];
        }

        var order = ArrayPool<T>.Shared.Rent(Math.Max(rows.Length, 1));
        var next = ArrayPool<int>.Shared.Rent(count);
        sizes[..count].CopyTo(next);
        for (var i = 0; i < rows.Length; i++)
        {
            order[next[Partition(rows[i].Hash, bits, shift)]++] = rows[i];
        }

        ArrayPool<int>.Shared.Return(next);
        return new HashPartitions<T>(order, starts, count);
    }

    private static int Partition(ulong hash, int bits, int shift) => bits == 0 ? 0 : (int)(hash >> shift);

    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_rows);
        ArrayPool<int>.Shared.Return(_starts);
    }
}
