using System.Runtime.InteropServices;

namespace Wres.Core.Internal;

/// <summary>
/// Walks typed records with their line numbers, numbering on from the rows an input has already read. Arrays and
/// lists are walked as spans; a null record throws. A ref struct, so that the loop that adds each record makes a
/// direct call on the part per record and nothing else.
/// </summary>
internal ref struct RecordCursor<T>
    where T : class
{
    private readonly ReadOnlySpan<T> _span;
    private readonly IEnumerator<T>? _enumerator;
    private int _index;
    private int _line;

    public RecordCursor(IEnumerable<T> records, int linesBefore)
    {
        ArgumentNullException.ThrowIfNull(records);
        _span = records switch
        {
            T[] array => array,
            List<T> list => CollectionsMarshal.AsSpan(list),
            _ => default,
        };
        _enumerator = _span.IsEmpty && records is not ICollection<T> { Count: 0 } ? records.GetEnumerator() : null;
        _index = -1;
        _line = linesBefore;
        Current = default;
    }

    /// <summary>The record and its line.</summary>
    public (T Record, int Line) Current { get; private set; }

    public readonly RecordCursor<T> GetEnumerator() => this;

    public bool MoveNext()
    {
        T? record;
        if (_enumerator is null)
        {
            if (++_index >= _span.Length)
            {
                return false;
            }

            record = _span[_index];
        }
        else
        {
            if (!_enumerator.MoveNext())
            {
                return false;
            }

            record = _enumerator.Current;
        }

        Current = (record ?? throw new ArgumentException("The sequence holds a null record.", "records"), ++_line);
        return true;
    }

    public readonly void Dispose() => _enumerator?.Dispose();
}
