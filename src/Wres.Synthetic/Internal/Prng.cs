using System.Runtime.CompilerServices;

namespace Wres.Synthetic.Internal;

/// <summary>
/// A small seeded generator (SplitMix64). Unlike <see cref="Random"/>, whose seeded sequence the
/// framework does not promise to keep across versions, this one gives the same numbers on every
/// target framework and platform, so the same options always give byte-identical files.
/// </summary>
/// <remarks>
/// <see cref="For(int, RandomStream, long)"/> derives an independent generator from the seed, a
/// stream (one per file or per kind of draw) and an index (a person, a vacancy): any file can
/// recompute a person's attributes without holding the workforce in memory. A mutable struct: keep
/// it in a local and pass it by reference.
/// </remarks>
internal struct Prng
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    private Prng(ulong state) => _state = state;

    /// <summary>The generator for one stream and index under a seed.</summary>
    public static Prng For(int seed, RandomStream stream, long index)
    {
        var key = Mix(((ulong)(uint)seed << 32) ^ ((ulong)stream * 0xD1B54A32D192ED03UL));
        return new Prng(Mix(key ^ ((ulong)index * 0xA0761D6478BD642FUL) ^ Golden));
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>An integer in [0, <paramref name="count"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int count) => (int)(((NextUInt64() >> 32) * (ulong)(uint)count) >> 32);

    /// <summary>Whether an event of probability <paramref name="probability"/> happens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double probability) => NextDouble() < probability;

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
