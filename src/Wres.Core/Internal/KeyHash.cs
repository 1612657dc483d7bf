using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Wres.Core.Internal;

/// <summary>
/// A fast 64-bit hash of byte strings (employee numbers, field values), in the manner of wyhash: a few
/// overlapping 8-byte reads and 128-bit multiply-folds. Seeded once per process so that input cannot be
/// crafted to collide; results never depend on the seed, which only decides where keys land in tables.
/// </summary>
internal static class KeyHash
{
    private const ulong P0 = 0xa0761d6478bd642f;
    private const ulong P1 = 0xe7037ed1a0b428db;
    private const ulong P2 = 0x8ebc6af09c88c6e3;
    private static readonly ulong Seed = ((ulong)(uint)RandomNumberGenerator.GetInt32(int.MaxValue) << 32) | (uint)RandomNumberGenerator.GetInt32(int.MaxValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(ReadOnlySpan<byte> key)
    {
        var length = key.Length;
        var seed = Seed ^ P0;
        ulong a;
        ulong b;
        if (length <= 16)
        {
            if (length >= 8)
            {
                a = BinaryPrimitives.ReadUInt64LittleEndian(key);
                b = BinaryPrimitives.ReadUInt64LittleEndian(key[(length - 8)..]);
            }
            else if (length >= 4)
            {
                a = BinaryPrimitives.ReadUInt32LittleEndian(key);
                b = BinaryPrimitives.ReadUInt32LittleEndian(key[(length - 4)..]);
            }
            else if (length > 0)
            {
                a = ((ulong)key[0] << 16) | ((ulong)key[length >> 1] << 8) | key[length - 1];
                b = 0;
            }
            else
            {
                a = 0;
                b = 0;
            }
        }
        else
        {
            var rest = key;
            while (rest.Length > 16)
            {
                seed = Mix(BinaryPrimitives.ReadUInt64LittleEndian(rest) ^ P1, BinaryPrimitives.ReadUInt64LittleEndian(rest[8..]) ^ seed);
                rest = rest[16..];
            }

            a = BinaryPrimitives.ReadUInt64LittleEndian(key[(length - 16)..]);
            b = BinaryPrimitives.ReadUInt64LittleEndian(key[(length - 8)..]);
        }

        return Mix(P1 ^ (ulong)length, Mix(a ^ P1, b ^ seed));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x, ulong y)
    {
        var high = Math.BigMul(x, y ^ P2, out var low);
        return high ^ low;
    }
}
