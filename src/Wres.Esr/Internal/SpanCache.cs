using System.Runtime.CompilerServices;
using System.Text;

namespace Wres.Esr.Internal;

/// <summary>
/// Remembers a computed value per distinct field value (UTF-8 bytes), so that values repeated on every
/// row (ethnic origins, bands, staff groups) are classified once. Looking up a value already seen
/// allocates nothing. Holds at most <see cref="MaxEntries"/> values; beyond that, new values are
/// computed each time.
/// </summary>
internal sealed class SpanCache<T>
{
    private const int MaxEntries = 4096;
    private readonly Func<string, T> _compute;
    private Entry[] _entries = new Entry[64];
    private int _count;
    private byte[]? _lastKey;
    private T _lastValue = default!;

    public SpanCache(Func<string, T> compute) => _compute = compute;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T Get(ReadOnlySpan<byte> text)
    {
        // Runs of the same value (sorted extracts, or the most common value) skip the hash.
        if (_lastKey is not null && text.SequenceEqual(_lastKey))
        {
            return _lastValue;
        }

        var hash = ValueHash.Of(text);
        var mask = _entries.Length - 1;
        var index = hash & mask;
        while (_entries[index].Key is { } key)
        {
            if (_entries[index].Hash == hash && text.SequenceEqual(key))
            {
                _lastKey = key;
                _lastValue = _entries[index].Value;
                return _lastValue;
            }

            index = (index + 1) & mask;
        }

        var value = _compute(Encoding.UTF8.GetString(text));
        if (_count < MaxEntries)
        {
            _entries[index] = new Entry(text.ToArray(), hash, value);
            _count++;
            if (_count * 2 > _entries.Length)
            {
                Grow();
            }
        }

        return value;
    }

    private void Grow()
    {
        var entries = new Entry[_entries.Length * 2];
        var mask = entries.Length - 1;
        foreach (var entry in _entries)
        {
            if (entry.Key is null)
            {
                continue;
            }

            var index = entry.Hash & mask;
            while (entries[index].Key is not null)
            {
                index = (index + 1) & mask;
            }

            entries[index] = entry;
        }

        _entries = entries;
    }

    private readonly record struct Entry(byte[]? Key, int Hash, T Value);
}
