using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Wres.Esr.Internal;

/// <summary>The hash <see cref="SpanCache{T}"/> files field values under.</summary>
internal static class ValueHash
{
    private static readonly ulong Seed = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8));

    /// <summary>
    /// A hash of the bytes, eight at a time, each block folded in by a multiply and a shift: field values are short, so
    /// this is a few instructions. Seeded once per process, so where values land differs from run to run (and a cache
    /// holds at most a few thousand values, so values made to collide cost little).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<byte> text)
    {
        var hash = Seed ^ (ulong)text.Length;
        for (; text.Length >= 8; text = text[8..])
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(text)) * 0xbf58476d1ce4e5b9;
            hash ^= hash >> 29;
        }

        ulong tail = 0;
        foreach (var b in text)
        {
            tail = (tail << 8) | b;
        }

        hash = (hash ^ tail) * 0x94d049bb133111eb;
        return (int)(hash ^ (hash >> 32));
    }
}
