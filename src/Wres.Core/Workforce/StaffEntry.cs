using System.Runtime.InteropServices;
using Wres.Core.Internal;

namespace Wres.Core.Workforce;

/// <summary>One assignment row as the workforce keeps it: 32 bytes, keys in the arena.</summary>
/// <remarks>
/// <see cref="Packed"/>: ethnicity bits 0-1, disability 2-3, segment 4-5, row 6-10, rank 11-14, primary 15, category
/// 16-18, <see cref="InScopeBit"/> 19, <see cref="LeaverBit"/> 20, detailed ethnic group 21-24.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct StaffEntry : IHashed, IKeyedRow
{
    /// <summary>Set in <see cref="Packed"/> when the assignment is in scope.</summary>
    public const uint InScopeBit = 1u << 19;

    /// <summary>Set on a leaver's assignment (excluded by <see cref="Validation.ExclusionRule.Leaver"/>, not by its category).</summary>
    public const uint LeaverBit = 1u << 20;

    /// <summary>Where the detailed ethnic group (<see cref="Core.Ethnicity.DetailedEthnicGroup"/>) sits in <see cref="Packed"/>.</summary>
    private const int DetailShift = 21;

    private const uint DetailMask = 15u << DetailShift;

    public ulong KeyHash;
    public uint Packed;       // Pack(…) | InScopeBit
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

    /// <summary>
    /// The facts that decide counting and choosing: ethnicity, disability, segment, row, rank, primary, category (19
    /// bits), and the detailed ethnic group (bits 21-24, above the scope bits).
    /// </summary>
    public static uint Pack(int ethnicity, int disability, int segment, int row, int rank, bool primary, AssignmentCategory category, int detail) =>
        (uint)ethnicity
        | ((uint)disability << 2)
        | ((uint)segment << 4)
        | ((uint)row << 6)
        | ((uint)rank << 11)
        | (primary ? 1u << 15 : 0)
        | ((uint)category << 16)
        | ((uint)detail << DetailShift);

    public readonly bool InScope => (Packed & InScopeBit) != 0;

    public readonly bool Leaver => (Packed & LeaverBit) != 0;

    public readonly int Ethnicity => (int)(Packed & 3);

    // Stryker disable once Bitwise : equivalent, Packed is unsigned, so >> and >>> are the same (the line's & is pinned by the round-trip tests)
    public readonly int Disability => (int)((Packed >> 2) & 3);

    // Stryker disable once Bitwise : equivalent, Packed is unsigned, so >> and >>> are the same (the line's & is pinned by the round-trip tests)
    public readonly int Segment => (int)((Packed >> 4) & 3);

    // Stryker disable once Bitwise : equivalent, Packed is unsigned, so >> and >>> are the same (the line's & is pinned by the round-trip tests)
    public readonly int Row => (int)((Packed >> 6) & 31);

    // Stryker disable once Bitwise : equivalent, Packed is unsigned, so >> and >>> are the same (the line's & is pinned by the round-trip tests)
    public readonly int Rank => (int)((Packed >> 11) & 15);

    public readonly bool Primary => (Packed & (1u << 15)) != 0;

    /// <summary>The detailed ethnic group (<see cref="Core.Ethnicity.DetailedEthnicGroup"/>), which lies within <see cref="Ethnicity"/>.</summary>
    // Stryker disable once Bitwise : equivalent, Packed is unsigned, so >> and >>> are the same (the line's & is pinned by the round-trip tests)
    public readonly int Detail => (int)((Packed & DetailMask) >> DetailShift);

    /// <summary>
    /// The content that is neither a choosing rule nor the assignment number, for the final tie-break: the other facts
    /// in their packed order, then the detailed group last (so that it only separates rows alike in everything else).
    /// </summary>
    public readonly uint Content => ((Packed & ~((15u << 11) | (1u << 15) | DetailMask)) << 4) | (uint)Detail;
}
