namespace Wres.Core.Internal;

/// <summary>
/// The rows an accumulator keeps until the report, in a pooled buffer, and their keys in a byte arena: what the
/// staff, case and training accumulators share (appending, merging in line order, reserving, giving back).
/// </summary>
internal sealed class KeyedRows<T> : IDisposable
    where T : struct, IKeyedRow
{
    private readonly PooledList<T> _rows;
    private readonly ByteArena _arena;

    public KeyedRows(int rows, int bytes)
    {
        _rows = new PooledList<T>(rows);
        _arena = new ByteArena(bytes);
    }

    public ReadOnlySpan<T> Rows => _rows.Span;

    public ByteArena Arena => _arena;

    public int Count => _rows.Count;

    /// <summary>Appends key bytes; returns their offset.</summary>
    public int AppendKey(ReadOnlySpan<byte> key) => _arena.Append(key);

    public void Add(in T row) => _rows.Add(row);

    /// <summary>Appends another buffer's rows, moving their key offsets and lines on.</summary>
    public void Append(KeyedRows<T> other, int lineOffset)
    {
        if (ReferenceEquals(this, other))
        {
            throw new ArgumentException("Rows cannot be appended to themselves.", nameof(other));
        }

        var shift = _arena.AppendAll(other._arena);
        var start = _rows.Count;
        _rows.AddRange(other._rows.Span);
        foreach (ref var row in _rows.Span[start..])
        {
            row.Move(shift, lineOffset);
        }
    }

    /// <summary>Makes room, once, for the rows of all of <paramref name="others"/>, so appending them grows nothing step by step.</summary>
    public void Reserve(IEnumerable<KeyedRows<T>> others)
    {
        long rows = _rows.Count;
        long bytes = _arena.Length;
        foreach (var other in others)
        {
            rows += other._rows.Count;
            bytes += other._arena.Length;
        }

        _rows.EnsureCapacity((int)Math.Min(rows, Array.MaxLength));
        _arena.EnsureCapacity((int)Math.Min(bytes, Array.MaxLength));
    }

    public void Dispose()
    {
        _rows.Dispose();
        _arena.Dispose();
    }
}
