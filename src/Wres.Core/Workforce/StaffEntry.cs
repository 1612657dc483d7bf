using System.Runtime.InteropServices;
using Wres.Core.Internal;

namespace Wres.Core.Workforce;

/// <summary>One assignment row as the workforce keeps it: 32 bytes, keys in the arena.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct StaffEntry : IHashed, IKeyedRow
{
    /// <summary>Set in <see cref="Packed"/> when the assignment is in scope.</summary>
    public const uint InScopeBit = 1u << 19;

    public ulong KeyHash;
    public uint Packed;       // WorkforceAccumulator.Pack(facts, segment) | InScopeBit
    public int Fte;           // ten-thousandths; -1 when not given
    public int Offset;        // employee number bytes at Offset, assignment number right after
    public int KeyLength;
    public int NumberLength;
    public int Line;

    public readonly ulong Hash => KeyHash;

    public void Move(int bytes, int lines)
    {
        Offset += bytes;
        Line += lines;
    }

    public readonly bool InScope => (Packed & InScopeBit) != 0;

    public readonly int Ethnicity => (int)(Packed & 3);

    public readonly int Disability => (int)((Packed >> 2) & 3);

    public readonly int Segment => (int)((Packed >> 4) & 3);

    public readonly int Row => (int)((Packed >> 6) & 31);

    public readonly int Rank => (int)((Packed >> 11) & 15);

    public readonly bool Primary => (Packed & (1u << 15)) != 0;

    /// <summary>The content that is neither a choosing rule nor the assignment number, for the final tie-break.</summary>
    public readonly uint Content => Packed & ~((15u << 11) | (1u << 15));
}
