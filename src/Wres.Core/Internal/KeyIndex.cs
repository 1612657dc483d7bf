using System.Numerics;
using System.Runtime.CompilerServices;

namespace Wres.Core.Internal;

/// <summary>
/// An open-addressing hash index of distinct UTF-8 keys (employee numbers) held in a <see cref="ByteArena"/>: each new
/// key gets the next id (0, 1, 2, …) and a key seen again finds its id, so that callers keep what they know about a key
/// in plain arrays indexed by id. Linear probing over a power-of-two table kept at most half full; the arrays are
/// reused when the index is reset, so that one index built per partition stays in cache.
/// </summary>
internal sealed class KeyIndex
{
    private int[] _slots = new int[16];          // id + 1; 0 marks an empty slot
    private Entry[] _entries = new Entry[8];     // by id
    private int _mask = 15;
    private ByteArena? _arena;

    /// <summary>The number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the index, for keys held in <paramref name="arena"/>, sized so that <paramref name="capacity"/> keys need no growth.</summary>
    public void Reset(ByteArena arena, int capacity)
    {
        _arena = arena;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        if (_slots.Length < size)
        {
            _slots = new int[size];
        }

        _slots.AsSpan(0, size).Clear();
        _mask = size - 1;
        if (_entries.Length < size / 2)
        {
            _entries = new Entry[size / 2];
        }

        Count = 0;
    }

    /// <summary>The id of the key that is already in the arena at <paramref name="offset"/>; <paramref name="added"/> says whether it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public int Add(ulong hash, int offset, int length, out bool added)
    {
        var id = Probe(hash, _arena![offset, length], out var slot);
        added = id < 0;
        return added ? Insert(slot, hash, offset, length) : id;
    }

    /// <summary>The id of a key from elsewhere, copied into the arena when it is new; <paramref name="added"/> says whether it is.</summary>
    public int AddCopy(ulong hash, ReadOnlySpan<byte> key, out bool added)
    {
        var id = Probe(hash, key, out var slot);
        added = id < 0;
        return added ? Insert(slot, hash, _arena!.Append(key), key.Length) : id;
    }

    /// <summary>The id of a key, or -1 when it is not in the index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ulong hash, ReadOnlySpan<byte> key) => Probe(hash, key, out _);

    public ulong HashOf(int id) => _entries[id].Hash;

    public ReadOnlySpan<byte> KeyOf(int id) => _arena![_entries[id].Offset, _entries[id].Length];

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private int Probe(ulong hash, ReadOnlySpan<byte> key, out int slot)
    {
        for (slot = (int)hash & _mask; _slots[slot] is var occupied && occupied != 0; slot = (slot + 1) & _mask)
        {
            ref readonly var entry = ref _entries[occupied - 1];
            if (entry.Hash == hash && _arena![entry.Offset, entry.Length].SequenceEqual(key))
            {
                return occupied - 1;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Insert(int slot, ulong hash, int offset, int length)
    {
        var id = Count++;
        if (id == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[id] = new Entry { Hash = hash, Offset = offset, Length = length };
        _slots[slot] = id + 1;
        if (Count * 2 > _mask + 1)
        {
            Grow();
        }

        return id;
    }

    /// <summary>Doubles the table and places every key again by its hash (the ids do not change).</summary>
    private void Grow()
    {
        var size = (_mask + 1) * 2;
        _slots = new int[size];
        _mask = size - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = (int)_entries[id].Hash & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = id + 1;
        }
    }

    private struct Entry
    {
        public ulong Hash;
        public int Offset;
        public int Length;
    }
}
