using Wres.Core.Statistics;

namespace Wres.Core.Tests.Statistics;

public sealed class ExactRatioTests
{
    [Theory]
    [InlineData(4, 10, 5, 10, "0.80", 0)]
    [InlineData(4, 10, 5, 10, "0.8", 0)]
    [InlineData(4, 10, 5, 10, "0.8000000000000000000", 0)]        // scale 19: still the 128-bit path
    [InlineData(5, 10, 4, 10, "1.25", 0)]
    [InlineData(7999, 10000, 1, 1, "0.80", -1)]
    [InlineData(8001, 10000, 1, 1, "0.80", 1)]
    [InlineData(1, 3, 1, 1, "0.3333333333333333333", 1)]          // 1/3 > 0.333…3 (19 digits)
    [InlineData(1, 3, 1, 1, "0.3333333333333333333333333333", 1)] // 28 digits: the arbitrary-precision path
    [InlineData(1, 3, 1, 1, "0.3333333333333333333333333334", -1)]
    [InlineData(4, 10, 5, 10, "0.8000000000000000000000000001", -1)]
    [InlineData(4, 10, 5, 10, "0.7999999999999999999999999999", 1)]
    [InlineData(2_000_000_000, 2_000_000_000, 1, 2_000_000_000, "79228162514264337593543950335", -1)] // decimal.MaxValue
    public void CompareTo_Threshold_IsExact(int a, int n1, int c, int n2, string threshold, int sign) =>
        Assert.Equal(sign, Math.Sign(ExactRatio.CompareTo(a, n1, c, n2, decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void CompareTo_LargestProducts_DoesNotOverflow()
    {
        // a·n2 = (2^31 − 1)² against 1.25 × 1 × 1.
        Assert.Equal(1, Math.Sign(ExactRatio.CompareTo(int.MaxValue, 1, 1, int.MaxValue, 1.25m)));
        Assert.Equal(-1, Math.Sign(ExactRatio.CompareTo(1, int.MaxValue, int.MaxValue, 1, 0.8m)));
    }
}
