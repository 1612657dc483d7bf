using Wres.Core.Internal;

namespace Wres.Core.Indicators;

/// <summary>
/// The distinct employees of one partition of a case or training file, each with the earliest line they
/// appear on and, for cases, the ethnic groups recorded on their own rows. Arrays reused per partition.
/// </summary>
internal sealed class DistinctKeys
{
    private int[] _slots = new int[16];
    private int _mask = 15;
    private Key[] _keys = new Key[16];
    private KeyEntry[] _items = [];
    private int _start;
    private ByteArena? _arena;

    public int Count { get; private set; }

    public void Build((KeyEntry[] Items, int Start, int Length) rows, ByteArena arena)
    {
        (_items, _start, var length) = rows;
        _arena = arena;
        var size = 16;
        while (size < length * 2)
        {
            size <<= 1;
        }

        if (_slots.Length < size)
        {
            _slots = new int[size];
        }

        _mask = size - 1;
        _slots.AsSpan(0, size).Clear();
        if (_keys.Length < length)
        {
            _keys = new Key[Math.Max(length, _keys.Length * 2)];
        }

        Count = 0;
        for (var i = 0; i < length; i++)
        {
            ref readonly var row = ref _items[_start + i];
            var slot = (int)row.KeyHash & _mask;
            var key = -1;
            while (_slots[slot] is var occupied && occupied != 0)
            {
                var candidate = occupied - 1;
                if (_keys[candidate].Hash == row.KeyHash && KeyOf(_keys[candidate].First).SequenceEqual(KeyOf(i)))
                {
                    key = candidate;
                    break;
                }

                slot = (slot + 1) & _mask;
            }

            if (key < 0)
            {
                key = Count++;
                _keys[key] = new Key { Hash = row.KeyHash, First = i, FirstLine = row.Line };
                _slots[slot] = key + 1;
            }

            ref var state = ref _keys[key];
            state.FirstLine = Math.Min(state.FirstLine, row.Line);
            if (row.Value < 0)
            {
                state.NeedsJoin = true;
            }
            else
            {
                state.OwnGroups |= (byte)(1 << row.Value);
            }
        }
    }

    public ulong HashOf(int key) => _keys[key].Hash;

    public ReadOnlySpan<byte> Employee(int key) => KeyOf(_keys[key].First);

    public int FirstLine(int key) => _keys[key].FirstLine;

    /// <summary>Bit per ethnic group recorded on the employee's own rows (bit 0: Unknown, such as Z).</summary>
    public byte OwnGroups(int key) => _keys[key].OwnGroups;

    /// <summary>Whether some row had a blank ethnicity, so the staff files decide.</summary>
    public bool NeedsJoin(int key) => _keys[key].NeedsJoin;

    private ReadOnlySpan<byte> KeyOf(int row)
    {
        ref readonly var entry = ref _items[_start + row];
        return _arena![entry.Offset, entry.KeyLength];
    }

    private struct Key
    {
        public ulong Hash;
        public int First;
        public int FirstLine;
        public byte OwnGroups;
        public bool NeedsJoin;
    }
}
