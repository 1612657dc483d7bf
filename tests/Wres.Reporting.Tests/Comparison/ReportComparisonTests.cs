using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Statistics;
using Wres.Reporting.Comparison;

namespace Wres.Reporting.Tests.Comparison;

public class ReportComparisonTests
{
    private static readonly Arbitrary<ConfidenceInterval> Intervals =
        (from lower in Gen.Choose(1, 1000)
         from width in Gen.Choose(0, 1000)
         select new ConfidenceInterval(lower / 100.0, (lower + width) / 100.0)).ToArbitrary();

    [Property]
    public Property IntervalsOverlap_AnyTwoIntervals_IsSymmetric() =>
        Prop.ForAll(Intervals, Intervals, (a, b) => ReportComparison.IntervalsOverlap(a, b) == ReportComparison.IntervalsOverlap(b, a));

    [Property]
    public Property IntervalsOverlap_AnyIntervalWithItself_IsTrue() =>
        Prop.ForAll(Intervals, a => ReportComparison.IntervalsOverlap(a, a) == true);

    [Property]
    public Property IntervalsOverlap_IntervalEntirelyAbove_IsFalse() =>
        Prop.ForAll(Intervals, a => ReportComparison.IntervalsOverlap(a, new ConfidenceInterval(a.Upper + 0.01, a.Upper + 1)) == false);

    [Theory]
    [InlineData(1.0, 2.0, 2.0, 3.0, true)]
    [InlineData(1.0, 2.0, 2.01, 3.0, false)]
    [InlineData(0.5, double.PositiveInfinity, 40.0, 50.0, true)]
    public void IntervalsOverlap_Limits_TouchingCountsAsOverlap(double lowerA, double upperA, double lowerB, double upperB, bool expected)
    {
        Assert.Equal(expected, ReportComparison.IntervalsOverlap(new ConfidenceInterval(lowerA, upperA), new ConfidenceInterval(lowerB, upperB)));
    }

    [Fact]
    public void IntervalsOverlap_EitherUnknown_IsNull()
    {
        Assert.Null(ReportComparison.IntervalsOverlap(new ConfidenceInterval(1, 2), null));
        Assert.Null(ReportComparison.IntervalsOverlap(null, new ConfidenceInterval(1, 2)));
    }

    [Fact]
    public void Difference_EitherUnknown_IsNull()
    {
        Assert.Null(ReportComparison.Difference(1.5, null));
        Assert.Null(ReportComparison.Difference(null, 1.5m));
        Assert.Equal(0.3, ReportComparison.Difference(1.5, 1.2)!.Value, 1e-12);
        Assert.Equal(2.1m, ReportComparison.Difference(26.1m, 24.0m));
    }

    [Property]
    public Property Inverted_Twice_IsTheOriginal() =>
        Prop.ForAll(Intervals, interval =>
        {
            var ratio = (interval.Lower + interval.Upper) / 2;
            var none = new PreviousProportion(null, null, null);
            var previous = new PreviousLikelihood("WhiteOverBme", none, none, none, ratio, interval, null, null, null, null);

            var back = previous.Inverted("BmeOverWhite").Inverted("WhiteOverBme");

            return Math.Abs(back.Ratio!.Value - ratio) < 1e-9
                && Math.Abs(back.Interval!.Value.Lower - interval.Lower) < 1e-9
                && Math.Abs(back.Interval.Value.Upper - interval.Upper) < 1e-9;
        });

    [Fact]
    public void Inverted_ZeroLowerLimit_BecomesUnboundedUpperLimit()
    {
        var none = new PreviousProportion(null, null, null);
        var previous = new PreviousLikelihood("WhiteOverBme", none, none, none, 2.0, new ConfidenceInterval(0, 4), null, null, null, null);

        var inverted = previous.Inverted("BmeOverWhite");

        Assert.Equal(0.5, inverted.Ratio);
        Assert.Equal(new ConfidenceInterval(0.25, double.PositiveInfinity), inverted.Interval);
    }
}
