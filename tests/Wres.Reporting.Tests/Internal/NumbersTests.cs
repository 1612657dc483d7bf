using Wres.Reporting.Internal;

namespace Wres.Reporting.Tests.Internal;

public class NumbersTests
{
    [Theory]
    [InlineData(1.85, "+1.9")]
    [InlineData(-13.5, "-13.5")]
    [InlineData(0.04, "0.0")]
    [InlineData(0.05, "+0.1")]
    [InlineData(-0.05, "-0.1")]
    public void SignedPercent_Value_RoundedWithSign(double value, string expected)
    {
        Assert.Equal(expected, Numbers.SignedPercent(value));
    }

    [Fact]
    public void SignedPercent_Null_IsNotApplicable()
    {
        Assert.Equal("n/a", Numbers.SignedPercent((double?)null));
    }

    [Theory]
    [InlineData(0.535, "53.5%")]
    [InlineData(0.075, "7.5%")]
    [InlineData(1.0 / 3, "33.3%")]
    public void LikelihoodPercent_Proportion_AsPercentOneDecimal(double value, string expected)
    {
        Assert.Equal(expected, Numbers.LikelihoodPercent(value));
    }

    [Fact]
    public void Limit_Unbounded_IsInfinitySign()
    {
        Assert.Equal("∞", Numbers.Limit(double.PositiveInfinity));
        Assert.Equal("5.55", Numbers.Limit(5.5499));
    }

    [Theory]
    [InlineData(100.0 / 3, "33.333333333333336")]
    [InlineData(-13.5, "-13.5")]
    [InlineData(double.NaN, "")]
    public void Exact_Double_ShortestRoundTrip(double value, string expected)
    {
        Assert.Equal(expected, Numbers.Exact(value));
    }

    [Theory]
    [InlineData(0.3, "+0.30")]
    [InlineData(-0.12, "-0.12")]
    [InlineData(0.004, "0.00")]
    [InlineData(-0.004, "0.00")]
    [InlineData(0.005, "+0.01")]
    public void SignedRatio_Value_RoundedToTwoPlacesWithSign(double value, string expected)
    {
        Assert.Equal(expected, Numbers.SignedRatio(value));
    }

    [Theory]
    [InlineData(2.1000000000000014, "+2.1 pp")]
    [InlineData(-2.1, "-2.1 pp")]
    [InlineData(0.0, "0.0 pp")]
    public void ChangeInPoints_Value_SignedAndMarkedPp(double value, string expected)
    {
        Assert.Equal(expected, Numbers.ChangeInPoints(value));
    }

    [Fact]
    public void Changes_Unknown_AreNotApplicable()
    {
        Assert.Equal("n/a", Numbers.SignedRatio(null));
        Assert.Equal("n/a", Numbers.ChangeInPoints((double?)null));
        Assert.Equal("n/a", Numbers.SignedInteger(null));
        Assert.Equal("n/a", Numbers.LikelihoodChange(null));
    }

    [Theory]
    [InlineData(13, "+13")]
    [InlineData(-2, "-2")]
    [InlineData(0, "0")]
    public void SignedInteger_Value_WithSign(int value, string expected)
    {
        Assert.Equal(expected, Numbers.SignedInteger(value));
    }

    [Fact]
    public void LikelihoodChange_DifferenceOfProportions_InPercentagePoints()
    {
        Assert.Equal("+6.0 pp", Numbers.LikelihoodChange(0.06));
    }
}
