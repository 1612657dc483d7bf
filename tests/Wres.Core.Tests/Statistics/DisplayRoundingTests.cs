using System.Globalization;
using Wres.Core.Statistics;

namespace Wres.Core.Tests.Statistics;

public sealed class DisplayRoundingTests
{
    [Theory]
    [InlineData(2.675, "2.68")]   // the double is just below 2.675; it is rounded as written
    [InlineData(2.665, "2.67")]   // away from zero, not to even
    [InlineData(2.5, "2.5")]
    [InlineData(1.1261563932629628, "1.13")]
    [InlineData(-1.005, "-1.01")]
    public void RoundRatio_Value_TwoPlacesMidpointAwayFromZero(double value, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), DisplayRounding.RoundRatio(value));

    [Theory]
    [InlineData(12.25, "12.3")]
    [InlineData(12.35, "12.4")]
    [InlineData(-0.05, "-0.1")]
    [InlineData(33.333333333333336, "33.3")]
    public void RoundPercent_Value_OnePlaceMidpointAwayFromZero(double value, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), DisplayRounding.RoundPercent(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e30)]
    [InlineData(7.9e28)]    // the first value refused: decimal itself reaches 7.92e28
    [InlineData(-7.9e28)]
    public void RoundRatio_NotRepresentable_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayRounding.RoundRatio(value));

    [Theory]
    [InlineData(2.5, "2.50")]
    [InlineData(2.675, "2.68")]
    [InlineData(0.0, "0.00")]
    [InlineData(-0.001, "0.00")]
    [InlineData(1234.5, "1234.50")]
    public void FormatRatio_Value_TwoDecimals(double value, string expected) =>
        Assert.Equal(expected, DisplayRounding.FormatRatio(value));

    [Theory]
    [InlineData(12.25, "12.3")]
    [InlineData(100.0, "100.0")]
    [InlineData(-0.04, "0.0")]
    [InlineData(-0.05, "-0.1")]
    public void FormatPercent_Value_OneDecimal(double value, string expected) =>
        Assert.Equal(expected, DisplayRounding.FormatPercent(value));

    [Fact]
    public void Format_Null_IsNotApplicable()
    {
        Assert.Equal("n/a", DisplayRounding.FormatRatio(null));
        Assert.Equal("n/a", DisplayRounding.FormatPercent(null));
        Assert.Equal("n/a", DisplayRounding.FormatPValue(null));
    }

    [Theory]
    [InlineData(0.049, "0.049")]
    [InlineData(0.0495, "0.050")]
    [InlineData(0.0005, "0.001")]
    [InlineData(0.00049999, "< 0.001")]
    [InlineData(0.0, "< 0.001")]
    [InlineData(0.4857142857142857, "0.486")]
    [InlineData(1.0, "1.000")]
    public void FormatPValue_Value_ThreeDecimalsOrBelowOneThousandth(double p, string expected) =>
        Assert.Equal(expected, DisplayRounding.FormatPValue(p));

    [Theory]
    [InlineData(-0.001)]
    [InlineData(1.001)]
    [InlineData(double.NaN)]
    public void FormatPValue_OutsideUnitInterval_Throws(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayRounding.FormatPValue(p));

    [Fact]
    public void Format_CommaDecimalCulture_StillUsesInvariantText()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("2.50", DisplayRounding.FormatRatio(2.5));
            Assert.Equal("12.3", DisplayRounding.FormatPercent(12.25));
            Assert.Equal("0.049", DisplayRounding.FormatPValue(0.049));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
