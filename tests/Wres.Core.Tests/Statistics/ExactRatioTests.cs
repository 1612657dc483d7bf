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
    [InlineData(1, 1, 1, 1, "0.10000000000000000000", 1)]          // scale 20, mantissa below 2^64: 10^20 does not fit in 64 bits
    [InlineData(1, 10, 1, 1, "0.10000000000000000000", 0)]
    [InlineData(1, 11, 1, 1, "0.10000000000000000000", -1)]
    [InlineData(9, 10, 1, 1, "0.9999999999999999999", -1)]         // scale 19, the largest power of ten in 64 bits
    [InlineData(1, 1, 1, 1, "0.9999999999999999999", 1)]
    [InlineData(1, 1, 1, 1, "18446744073709551615", -1)]           // 2^64 − 1: the largest mantissa for 128 bits
    [InlineData(1, 1, 1, 1, "18446744073709551616", -1)]           // 2^64: arbitrary precision
    // 2^95 against a·n2 / (n1·c) with n1·c = 2^33: in 128 bits m·n1·c would wrap round to 0.
    [InlineData(1, 131_072, 65_536, 1, "39614081257132168796771975168", -1)]
    [InlineData(2_000_000_000, 131_072, 65_536, 2_000_000_000, "39614081257132168796771975168", -1)]
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
