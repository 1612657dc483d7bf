using System.Runtime.InteropServices;
using Wres.Core.Internal;

namespace Wres.Core.PayGaps;

/// <summary>One in-scope pay row as the accumulator keeps it until the report: its key in the arena, its pay as doubles.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PayEntry : IHashed
{
    public ulong KeyHash;

    /// <summary>The employee number's first eight bytes (<see cref="KeyPrefix"/>).</summary>
    public ulong KeyPrefix;

    /// <summary>The hourly pay the row gives on its own; NaN when it gives none (a row not on full pay may not).</summary>
    public double Rate;

    /// <summary>Pay per week: <c>(ordinary pay + bonus in period) × 7 ÷ days</c>, or the rate × weekly hours; NaN without hours.</summary>
    public double Weekly;

    /// <summary>Weekly hours; NaN when the row gives none.</summary>
    public double Hours;

    /// <summary>Bonus pay in the twelve months; 0 when none.</summary>
    public double Bonus;

    public int Offset;
    public int KeyLength;
    public int Line;

    /// <summary>The row's <see cref="PayCodes"/> code with <see cref="PayCodes.FullPayBit"/>.</summary>
    public uint Code;

    public readonly ulong Hash => KeyHash;
}
