using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

    [Theory]
    [InlineData(2.0, 1.0, "lower")]
    [InlineData(double.NaN, 1.0, "lower")]
    [InlineData(1.0, double.NaN, "upper")]
    [InlineData(double.PositiveInfinity, 1.0, "lower")]
    public void Constructor_LowerAboveUpperOrNotANumber_Throws(double lower, double upper, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceInterval(lower, upper)).ParamName);

    [Fact]
    public void Constructor_EqualLimits_IsAPointInterval() =>
        Assert.True(new ConfidenceInterval(1.25, 1.25).Contains(1.25));

    [Theory]
    [InlineData(1.19, 1.77, "1.19–1.77")]
    [InlineData(1.186, 1.774, "1.19–1.77")]
    [InlineData(0.0, 0.5, "0.00–0.50")]
    [InlineData(0.25, double.PositiveInfinity, "0.25–∞")]
    [InlineData(12.3456, 123.4, "12.35–123.40")]
    public void ToString_TwoDecimalPlacesAndAnEnDash(double lower, double upper, string expected) =>
        Assert.Equal(expected, new ConfidenceInterval(lower, upper).ToString());

    [Fact]
    public void ToString_IgnoresTheCurrentCulture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            Assert.Equal("1.19–1.77", new ConfidenceInterval(1.19, 1.77).ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Property(MaxTest = 300)]
    public Property Equality_IsByLimits() =>
        Prop.ForAll(Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (a, width) =>
            new ConfidenceInterval(a / 100.0, (a + width) / 100.0) == new ConfidenceInterval(a / 100.0, (a + width) / 100.0)
            && new ConfidenceInterval(a / 100.0, (a + width) / 100.0) != new ConfidenceInterval(a / 100.0, (a + width + 1) / 100.0));
}
