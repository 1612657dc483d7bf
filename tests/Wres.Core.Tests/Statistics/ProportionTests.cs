using Wres.Core.Statistics;

namespace Wres.Core.Tests.Statistics;

public sealed class ProportionTests
{
    [Fact]
    public void Of_Counts_KeepsThemAndDividesInDouble()
    {
        var proportion = Proportion.Of(10, 75);

        Assert.Equal(10, proportion.Events);
        Assert.Equal(75, proportion.Base);
        Assert.Equal(10.0 / 75.0, proportion.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Value_BaseZero_IsNull(int events) => Assert.Null(Proportion.Of(events, 0).Value);

    [Fact]
    public void Value_NoEvents_IsZero() => Assert.Equal(0.0, Proportion.Of(0, 10).Value);

    [Fact]
    public void Of_EventsExceedBase_IsAllowed() => Assert.Equal(1.2, Proportion.Of(12, 10).Value!.Value, 1e-15);

    [Theory]
    [InlineData(-1, 10, "events")]
    [InlineData(1, -1, "base")]
    public void Of_NegativeCount_Throws(int events, int @base, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Of(events, @base));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void ToString_Counts_EventsSlashBase() => Assert.Equal("10/75", Proportion.Of(10, 75).ToString());

    [Fact]
    public void Equals_SameCounts_AreEqualDifferentCountsAreNot()
    {
        var half = Proportion.Of(1, 2);

        Assert.Equal(Proportion.Of(1, 2), half);
        Assert.True(half == Proportion.Of(1, 2));
        Assert.Equal(Proportion.Of(1, 2).GetHashCode(), half.GetHashCode());
        Assert.NotEqual(Proportion.Of(2, 4), half);
        Assert.True(half != Proportion.Of(2, 4));
        Assert.False(half.Equals(null));
        Assert.False(half == null);
    }

    [Fact]
    public void EqualityOperators_NullOnTheLeft_EqualOnlyToNull()
    {
        Proportion? none = null;

        Assert.True(none == null);
        Assert.False(none == Proportion.Of(1, 2));
        Assert.True(none != Proportion.Of(1, 2));
        Assert.False(none != null);
    }
}
