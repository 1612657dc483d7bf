using Wres.Core.Internal;

namespace Wres.Core.Tests.Internal;

public class ByteArenaTests
{
    [Fact]
    public void Append_ReturnsWhereEachKeyStarts_AndKeepsThemThroughGrowth()
    {
        using var arena = new ByteArena(capacity: 4);
        var offsets = new List<int>();

        for (var i = 0; i < 500; i++)
        {
            offsets.Add(arena.Append(System.Text.Encoding.ASCII.GetBytes($"key{i}")));
        }

        Assert.Equal(0, offsets[0]);
        Assert.Equal(4, offsets[1]);
        Assert.Equal("key499"u8.ToArray(), arena[offsets[499], 6].ToArray());
        Assert.Equal("key0"u8.ToArray(), arena[0, 4].ToArray());
        Assert.Equal(offsets[499] + 6, arena.Length);
    }

    [Fact]
    public void AppendAll_AppendsTheOthersBytesAfterItsOwn()
    {
        using var arena = new ByteArena();
        using var other = new ByteArena();
        arena.Append("ab"u8);
        other.Append("cde"u8);

        var offset = arena.AppendAll(other);

        Assert.Equal(2, offset);
        Assert.Equal("abcde"u8.ToArray(), arena[0, 5].ToArray());
    }

    [Fact]
    public void EnsureCapacity_ThenAppend_KeepsTheContent()
    {
        using var arena = new ByteArena();
        arena.Append("xy"u8);

        arena.EnsureCapacity(100_000);
        arena.Append(new byte[99_000]);

        Assert.Equal("xy"u8.ToArray(), arena[0, 2].ToArray());
        Assert.Equal(99_002, arena.Length);
    }

    [Fact]
    public void Dispose_GivesTheBufferBack_AndLeavesItEmpty()
    {
        var arena = new ByteArena();
        arena.Append("abc"u8);

        arena.Dispose();
        arena.Dispose();

        Assert.Equal(0, arena.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => arena[0, 1].ToArray());
    }
}
