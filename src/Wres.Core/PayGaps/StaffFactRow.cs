using System.Runtime.InteropServices;
using Wres.Core.Internal;

namespace Wres.Core.PayGaps;

/// <summary>One staff row's ethnicity and disability, kept for the people whose pay rows give none.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct StaffFactRow : IHashed
{
    public ulong KeyHash;

    /// <summary>The employee number's first eight bytes (<see cref="PayGaps.KeyPrefix"/>).</summary>
    public ulong KeyPrefix;
    public int Offset;
    public int KeyLength;

    /// <summary><see cref="PayCodes"/> ethnicity value; 0 when the row gives none.</summary>
    public byte Ethnicity;

    /// <summary><see cref="PayCodes"/> disability value; 0 when the row gives none.</summary>
    public byte Disability;

    public readonly ulong Hash => KeyHash;
}
