using Wres.Core.Internal;

namespace Wres.Core.Tests.Internal;

public class PooledListTests
{
    [Fact]
    public void Add_BeyondTheCapacity_KeepsEveryItemInOrder()
    {
        using var list = new PooledList<int>(capacity: 1);

        for (var i = 0; i < 1000; i++)
        {
            list.Add(i);
        }

        Assert.Equal(1000, list.Count);
        Assert.Equal(Enumerable.Range(0, 1000), list.Span.ToArray());
    }

    [Fact]
    public void AddRange_AndTheIndexer_WriteInPlace()
    {
        using var list = new PooledList<long>();
        list.AddRange([1, 2, 3]);
        list.AddRange(Enumerable.Range(0, 40).Select(i => (long)i).ToArray());

        list[1] = 20;

        Assert.Equal(43, list.Count);
        Assert.Equal([1L, 20L, 3L, 0L], list.Span[..4].ToArray());
        Assert.Equal(39L, list.Span[^1]);
    }

    [Fact]
    public void EnsureCapacity_KeepsTheItems()
    {
        using var list = new PooledList<int>();
        list.Add(7);

        list.EnsureCapacity(10_000);

        Assert.Equal([7], list.Span.ToArray());
    }

    [Fact]
    public void Dispose_EmptiesTheList()
    {
        var list = new PooledList<int>();
        list.Add(1);

        list.Dispose();
        list.Dispose();

        Assert.Equal(0, list.Count);
        Assert.True(list.Span.IsEmpty);
    }
}
