using System.Runtime.CompilerServices;

namespace Wres.Core.Internal;

/// <summary>
/// An insert-only set of text keys (employee numbers and the like) that hands out dense ids
/// 0, 1, 2, … in insertion order. Keys are copied into one character arena, so adding a key that is
/// already present allocates nothing, and a table of a million keys is a handful of arrays.
/// </summary>
internal sealed class KeyTable
{
    private char[] _chars;
    private int _charCount;
    private int[] _offsets;
    private int[] _lengths;
    private int[] _hashes;
    private int[] _buckets; // id + 1, or 0 for empty
    private int _mask;

    public KeyTable(int capacity = 16)
    {
        capacity = Math.Max(capacity, 4);
        _chars = new char[capacity * 8];
        _offsets = new int[capacity];
        _lengths = new int[capacity];
        _hashes = new int[capacity];
        var buckets = (int)Math.Min(1L << 30, RoundUpToPowerOf2((long)capacity * 2));
        _buckets = new int[buckets];
        _mask = buckets - 1;
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>The key with the given id.</summary>
    public ReadOnlySpan<char> this[int id] => _chars.AsSpan(_offsets[id], _lengths[id]);

    /// <summary>The id of the key, adding it when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        var hash = Hash(key);
        var bucket = hash & _mask;
        while (true)
        {
            var slot = _buckets[bucket];
            if (slot == 0)
            {
                break;
            }

            var id = slot - 1;
            if (_hashes[id] == hash && key.SequenceEqual(_chars.AsSpan(_offsets[id], _lengths[id])))
            {
                added = false;
                return id;
            }

            bucket = (bucket + 1) & _mask;
        }

        added = true;
        return Add(key, hash, bucket);
    }

    /// <summary>The id of the key, or -1 when it is not present.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        var bucket = hash & _mask;
        while (true)
        {
            var slot = _buckets[bucket];
            if (slot == 0)
            {
                return -1;
            }

            var id = slot - 1;
            if (_hashes[id] == hash && key.SequenceEqual(_chars.AsSpan(_offsets[id], _lengths[id])))
            {
                return id;
            }

            bucket = (bucket + 1) & _mask;
        }
    }

    private int Add(ReadOnlySpan<char> key, int hash, int bucket)
    {
        var id = Count;
        if (id == _offsets.Length)
        {
            var size = _offsets.Length * 2;
            Array.Resize(ref _offsets, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _hashes, size);
        }

        if (_charCount + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + key.Length));
        }

        key.CopyTo(_chars.AsSpan(_charCount));
        _offsets[id] = _charCount;
        _lengths[id] = key.Length;
        _hashes[id] = hash;
        _charCount += key.Length;
        _buckets[bucket] = id + 1;
        Count = id + 1;

        // Keep the load factor at or below one half.
        if ((long)Count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var buckets = new int[_buckets.Length * 2];
        var mask = buckets.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var bucket = _hashes[id] & mask;
            while (buckets[bucket] != 0)
            {
                bucket = (bucket + 1) & mask;
            }

            buckets[bucket] = id + 1;
        }

        _buckets = buckets;
        _mask = mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> key) => string.GetHashCode(key, StringComparison.Ordinal) & int.MaxValue;

    private static long RoundUpToPowerOf2(long value)
    {
        var result = 1L;
        while (result < value)
        {
            result <<= 1;
        }

        return result;
    }
}
