using System.Runtime.CompilerServices;

namespace Wres.Core.Internal;

/// <summary>
/// An insert-only set of byte-string keys (UTF-8 employee numbers and the like) that hands out dense
/// ids 0, 1, 2, … in insertion order. Keys are copied into one arena; each slot holds part of the key's
/// hash beside its id, so a new key usually costs one probe of the slot array and nothing else, and a
/// key already present allocates nothing.
/// </summary>
internal sealed class KeyTable
{
    private byte[] _bytes;
    private int _byteCount;
    private long[] _spans;   // offset << 24 | length
    private ulong[] _hashes;
    private ulong[] _slots;  // hash tag << 32 | (id + 1); 0 is empty
    private int _mask;

    public KeyTable(int capacity = 16)
    {
        capacity = Math.Max(capacity, 8);
        _bytes = new byte[capacity * 12];
        _spans = new long[capacity];
        _hashes = new ulong[capacity];
        var slots = (int)Math.Min(1 << 30, RoundUpToPowerOf2((long)capacity * 2));
        _slots = new ulong[slots];
        _mask = slots - 1;
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>The key with the given id.</summary>
    public ReadOnlySpan<byte> this[int id]
    {
        get
        {
            var span = _spans[id];
            return _bytes.AsSpan((int)(span >> 24), (int)(span & 0xFFFFFF));
        }
    }

    /// <summary>The id of the key, adding it when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key, out bool added)
    {
        var hash = KeyHash.Of(key);
        var tag = hash & 0xFFFFFFFF00000000;
        var slot = (int)hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            if ((entry & 0xFFFFFFFF00000000) == tag)
            {
                var id = (int)(uint)entry - 1;
                if (key.SequenceEqual(this[id]))
                {
                    added = false;
                    return id;
                }
            }

            slot = (slot + 1) & _mask;
        }

        added = true;
        return Add(key, hash, slot);
    }

    /// <summary>The id of the key, or -1 when it is not present.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        var hash = KeyHash.Of(key);
        var tag = hash & 0xFFFFFFFF00000000;
        var slot = (int)hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((entry & 0xFFFFFFFF00000000) == tag)
            {
                var id = (int)(uint)entry - 1;
                if (key.SequenceEqual(this[id]))
                {
                    return id;
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Add(ReadOnlySpan<byte> key, ulong hash, int slot)
    {
        if (key.Length > 0xFFFFFF)
        {
            throw new ArgumentException("A key longer than 16 MiB cannot be stored.", nameof(key));
        }

        var id = Count;
        if (id == _spans.Length)
        {
            var size = _spans.Length * 2;
            Array.Resize(ref _spans, size);
            Array.Resize(ref _hashes, size);
        }

        if (_byteCount + key.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max((long)_bytes.Length * 2, (long)_byteCount + key.Length)));
        }

        key.CopyTo(_bytes.AsSpan(_byteCount));
        _spans[id] = ((long)_byteCount << 24) | (uint)key.Length;
        _hashes[id] = hash;
        _byteCount += key.Length;
        _slots[slot] = (hash & 0xFFFFFFFF00000000) | (uint)(id + 1);
        Count = id + 1;
        if ((long)Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var slots = new ulong[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var hash = _hashes[id];
            var slot = (int)hash & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = (hash & 0xFFFFFFFF00000000) | (uint)(id + 1);
        }

        _slots = slots;
        _mask = mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
