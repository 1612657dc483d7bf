using System.Runtime.CompilerServices;
using Wres.Core.Internal;

namespace Wres.Core.Indicators;

/// <summary>
/// The distinct employees of one partition of a case or training file, each with the earliest line they
/// appear on and, for cases, the ethnic groups recorded on their own rows. Arrays reused per partition.
/// </summary>
internal sealed class DistinctKeys
{
    private readonly KeyIndex _index = new();
    private Key[] _keys = new Key[16];

    public int Count => _index.Count;

[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Build((KeyEntry[] Items, int Start, int Length) rows, ByteArena arena)
    {
        var (items, start, length) = rows;
        _index.Reset(arena, length);
        // Stryker disable once all : equivalent, only how much is allocated (the array holds length keys either way)
        if (_keys.Length < length)
        {
            _keys = new Key[Math.Max(length, _keys.Length * 2)];
        }

        for (var i = 0; i < length; i++)
        {
            ref readonly var row = ref items[start + i];
            var key = _index.Add(row.KeyHash, row.Offset, row.KeyLength, out var added);
            if (added)
            {
                _keys[key] = new Key { FirstLine = row.Line };
            }

            ref var state = ref _keys[key];
            state.Rows++;
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

    public ulong HashOf(int key) => _index.HashOf(key);

    public ReadOnlySpan<byte> Employee(int key) => _index.KeyOf(key);

    public int FirstLine(int key) => _keys[key].FirstLine;

    /// <summary>Bit per ethnic group recorded on the employee's own rows (bit 0: Unknown, such as Z).</summary>
    public byte OwnGroups(int key) => _keys[key].OwnGroups;

    /// <summary>Whether some row had a blank ethnicity, so the staff files decide.</summary>
    public bool NeedsJoin(int key) => _keys[key].NeedsJoin;

    /// <summary>How many rows hold the key.</summary>
    public int Rows(int key) => _keys[key].Rows;

    private struct Key
    {
        public int FirstLine;
        public int Rows;
        public byte OwnGroups;
        public bool NeedsJoin;
    }
}
