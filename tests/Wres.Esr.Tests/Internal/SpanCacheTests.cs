using System.Text;
using Wres.Esr.Internal;

namespace Wres.Esr.Tests.Internal;

public class SpanCacheTests
{
    [Fact]
    public void Get_SameValueAgain_IsComputedOnce()
    {
        var computed = new List<string>();
        var cache = new SpanCache<int>(text =>
        {
            computed.Add(text);
            return text.Length;
        });

        Assert.Equal(5, cache.Get("Band 5"u8[..5]));
        Assert.Equal(6, cache.Get("Band 5"u8));
        Assert.Equal(5, cache.Get("Band "u8));
        Assert.Equal(6, cache.Get("Band 5"u8));

        Assert.Equal(["Band ", "Band 5"], computed);
    }

    [Fact]
    public void Get_ManyDistinctValues_EachGivesItsOwnValue()
    {
        var calls = 0;
        var cache = new SpanCache<string>(text =>
        {
            calls++;
            return text.ToUpperInvariant();
        });
        var values = Enumerable.Range(0, 10_000).Select(i => $"v{i}").ToArray();

        foreach (var value in values.Concat(values))
        {
            Assert.Equal(value.ToUpperInvariant(), cache.Get(Encoding.UTF8.GetBytes(value)));
        }

        // The first 4096 distinct values are kept; values beyond that are computed every time.
        Assert.Equal(10_000 + (10_000 - 4096), calls);
    }

    [Fact]
    public void Get_ValueNotUtf8Text_IsComputedFromItsDecodedText()
    {
        var cache = new SpanCache<string>(text => text);

        Assert.Equal("A White - British", cache.Get("A White - British"u8));
        Assert.Equal("\uFFFD", cache.Get([0xFF]));
    }
}
