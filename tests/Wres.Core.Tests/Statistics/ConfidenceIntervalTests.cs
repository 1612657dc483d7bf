using Wres.Core.Statistics;

namespace Wres.Core.Tests.Statistics;

public sealed class ConfidenceIntervalTests
{
    [Theory]
    [InlineData(1.0, true)]
    [InlineData(2.0, true)]
    [InlineData(1.5, true)]
    [InlineData(0.999999, false)]
    [InlineData(2.000001, false)]
    [InlineData(double.NaN, false)]
    public void Contains_Value_IncludesBothLimits(double value, bool expected) =>
        Assert.Equal(expected, new ConfidenceInterval(1.0, 2.0).Contains(value));

    [Fact]
    public void Contains_UnboundedAbove_IncludesLargeValues() =>
        Assert.True(new ConfidenceInterval(0.0, double.PositiveInfinity).Contains(1e300));
}
