using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Internal;

namespace Wres.Core.Tests.Internal;

public class KeyIndexTests
{
    /// <summary>Keys appended to an arena, with their offsets.</summary>
    private static (ByteArena Arena, int[] Offsets, byte[][] Bytes) Arena(IReadOnlyList<string> keys)
    {
        var arena = new ByteArena();
        var bytes = keys.Select(Encoding.UTF8.GetBytes).ToArray();
        return (arena, bytes.Select(b => arena.Append(b)).ToArray(), bytes);
    }

    private static readonly Gen<string[]> Keys = Gen.Choose(0, 300).Select(i => $"E{i}").ArrayOf();

    [Property(MaxTest = 200)]
    public Property Add_AnyKeys_IdsAreDenseInFirstSeenOrderWithWeakOrStrongHashes() =>
        Prop.ForAll(Keys.ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (keys, weakHash) =>
        {
            var (arena, offsets, bytes) = Arena(keys);
            ulong Hash(byte[] key) => weakHash ? (ulong)(key.Length & 3) : KeyHash.Of(key);
            var index = new KeyIndex();
            index.Reset(arena, capacity: 1);
            var ids = keys.Select((key, i) => index.Add(Hash(bytes[i]), offsets[i], bytes[i].Length, out _)).ToArray();
            var expected = keys.Select(k => Array.IndexOf(keys.Distinct().ToArray(), k)).ToArray();
            return ids.SequenceEqual(expected)
                && index.Count == keys.Distinct().Count()
                && keys.Distinct().Select((k, id) => index.Find(Hash(Encoding.UTF8.GetBytes(k)), Encoding.UTF8.GetBytes(k)) == id
                    && index.KeyOf(id).SequenceEqual(Encoding.UTF8.GetBytes(k))
                    && index.HashOf(id) == Hash(Encoding.UTF8.GetBytes(k))).All(found => found);
        });

    [Fact]
    public void Add_SameKeyAgain_IsNotAdded()
    {
        var (arena, offsets, bytes) = Arena(["A", "B", "A"]);
        var index = new KeyIndex();
        index.Reset(arena, 3);

        var first = index.Add(KeyHash.Of(bytes[0]), offsets[0], 1, out var added);
        index.Add(KeyHash.Of(bytes[1]), offsets[1], 1, out _);
        var again = index.Add(KeyHash.Of(bytes[2]), offsets[2], 1, out var addedAgain);

        Assert.Equal((0, true, 0, false), (first, added, again, addedAgain));
        Assert.Equal(-1, index.Find(KeyHash.Of("C"u8), "C"u8));
    }

    [Fact]
    public void Reset_ForgetsTheKeysAndReusesTheIndex()
    {
        var (arena, offsets, bytes) = Arena(["A", "B"]);
        var index = new KeyIndex();
        index.Reset(arena, 2);
        index.Add(KeyHash.Of(bytes[0]), offsets[0], 1, out _);

        index.Reset(arena, 2);

        Assert.Equal(0, index.Count);
        Assert.Equal(-1, index.Find(KeyHash.Of(bytes[0]), bytes[0]));
        Assert.Equal(0, index.Add(KeyHash.Of(bytes[1]), offsets[1], 1, out _));
    }

    [Fact]
    public void AddCopy_KeyFromElsewhere_IsCopiedSoLaterChangesToTheSourceDoNotMatter()
    {
        var index = new KeyIndex();
        index.Reset(new ByteArena(), 1);
        var source = "12345678"u8.ToArray();
        var hash = KeyHash.Of(source);

        var id = index.AddCopy(hash, source, out var added);
        source[0] = (byte)'9';

        Assert.True(added);
        Assert.Equal(id, index.Find(hash, "12345678"u8));
        Assert.Equal(id, index.AddCopy(hash, "12345678"u8, out var again));
        Assert.False(again);
    }
}
