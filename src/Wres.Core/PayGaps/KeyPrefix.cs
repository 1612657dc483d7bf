using System.Buffers.Binary;

namespace Wres.Core.PayGaps;

/// <summary>
/// The first eight bytes of a key (an employee number), kept beside its hash: keys of up to eight bytes (ESR
/// employee numbers have eight digits) are then compared without reading the arena they are stored in.
/// </summary>
internal static class KeyPrefix
{
    /// <summary>The longest key that its prefix, length and hash decide entirely.</summary>
    public const int Length = sizeof(ulong);

    /// <summary>The key's first eight bytes, little-endian, zero-padded.</summary>
    public static ulong Of(ReadOnlySpan<byte> key)
    {
        if (key.Length >= Length)
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(key);
        }

        Span<byte> padded = stackalloc byte[Length];
        padded.Clear();
        key.CopyTo(padded);
        return BinaryPrimitives.ReadUInt64LittleEndian(padded);
    }
}
