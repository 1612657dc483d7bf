using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.PayGaps;
using Wres.Core.Tests.Generators;
using static Wres.Core.Tests.Builders.ValidPay;

namespace Wres.Core.Tests.PayGaps;

public class PayQuartileTests
{
    [Theory]
    [InlineData(0, new[] { 0, 0, 0, 0 })]
    [InlineData(2, new[] { 1, 1, 0, 0 })]
    [InlineData(8, new[] { 2, 2, 2, 2 })]
    [InlineData(9, new[] { 3, 2, 2, 2 })]
    [InlineData(10, new[] { 3, 3, 2, 2 })]
    [InlineData(11, new[] { 3, 3, 3, 2 })]
    public void Quartiles_EachRemainder_FirstPartsFromTheLowestTakeTheExtraPeople(int people, int[] sizes)
    {
        var rows = Enumerable.Range(1, people).Select(i => Row($"p{i}", i));

        var quartiles = PayGapTesting.Report(rows).Sex().Quartiles;

        Assert.Equal([1, 2, 3, 4], quartiles.Select(q => q.Quartile));
        Assert.Equal(sizes, quartiles.Select(q => q.People));
    }

    [Fact]
    public void Quartiles_DistinctRates_LowestPaidInTheFirstPart()
    {
        // Ten people, men on the odd rates and women on the even: parts of 3, 3, 2, 2.
        var rows = Enumerable.Range(1, 10).Select(i => Row($"p{i}", 11 - i) with { Sex = (11 - i) % 2 == 1 ? Sex.Male : Sex.Female });

        var quartiles = PayGapTesting.Report(rows).Sex().Quartiles;

        Assert.Equal(
            [new PayGroupCounts(2, 1, 0, 0), new PayGroupCounts(1, 2, 0, 0), new PayGroupCounts(1, 1, 0, 0), new PayGroupCounts(1, 1, 0, 0)],
            quartiles.Select(q => q.Counts));
        Assert.Equal(200.0 / 3.0, quartiles[0].ReferencePercent!.Value, 12);
        Assert.Equal(100.0 / 3.0, quartiles[0].FocusPercent!.Value, 12);
        Assert.Equal(0.0, quartiles[0].UnknownPercent);
        Assert.Equal(0.0, quartiles[0].OtherPercent);
    }

    [Fact]
    public void Quartiles_TieAcrossABoundary_OrderedRoundRobinByGroupNotByFileOrder()
    {
        // A man at 1; six people at 5 in file order F F R R R U; a woman at 9. Parts of two.
        // Round-robin within the tie: F R U F R R, so the parts are (R F) (R U) (F R) (R F).
        var rows = new List<PayRecord> { Row("m0", 1m) with { Sex = Sex.Male } };
        rows.AddRange(Women("f", 5m, 5m));
        rows.AddRange(Men("m", 5m, 5m, 5m));
        rows.Add(Row("u", 5m) with { Sex = Sex.Unknown });
        rows.Add(Row("f9", 9m));

        var quartiles = PayGapTesting.Report(rows).Sex().Quartiles;

        Assert.Equal(
            [new PayGroupCounts(1, 1, 0, 0), new PayGroupCounts(1, 0, 1, 0), new PayGroupCounts(1, 1, 0, 0), new PayGroupCounts(1, 1, 0, 0)],
            quartiles.Select(q => q.Counts));
    }

    [Fact]
    public void Quartiles_EveryoneTied_RoundRobinAcrossEveryBoundary()
    {
        // F F F R R R U U at one rate: F R U F R U F R.
        var rows = Women("f", 7m, 7m, 7m).Concat(Men("m", 7m, 7m, 7m)).Concat(People("u", r => r with { Sex = Sex.Unknown }, 7m, 7m));

        var quartiles = PayGapTesting.Report(rows).Sex().Quartiles;

        Assert.Equal(
            [new PayGroupCounts(1, 1, 0, 0), new PayGroupCounts(0, 1, 1, 0), new PayGroupCounts(1, 0, 1, 0), new PayGroupCounts(1, 1, 0, 0)],
            quartiles.Select(q => q.Counts));
    }

    [Fact]
    public void Quartiles_EmptyPart_HasNoShares()
    {
        var quartiles = PayGapTesting.Report([Row("a", 1m), Row("b", 2m)]).Sex().Quartiles;

        Assert.Null(quartiles[3].FocusPercent);
        Assert.Equal(100.0, quartiles[0].FocusPercent);
    }

    [Fact]
    public void Quartiles_SmallGroups_NotSuppressed()
    {
        var sex = PayGapTesting.Report([Row("a", 1m) with { Sex = Sex.Male }, Row("b", 2m)]).Sex();

        Assert.True(sex.MeanHourlyGap.IsSuppressed);
        Assert.Equal(100.0, sex.Quartiles[0].ReferencePercent);
        Assert.Equal(100.0, sex.Quartiles[1].FocusPercent);
    }

    [Property(MaxTest = 200)]
    public Property Quartiles_AnyRows_PartsDifferByAtMostOneAndHoldEveryFullPayEmployee() =>
        Prop.ForAll(PayGenerators.Rows(pool: 60, maxRows: 120).ToArbitrary(), rows =>
        {
            var report = PayGapTesting.Calculator(basis: EthnicityPayGapBasis.DetailedGroups).Calculate(rows, PayGapTesting.Snapshot);
            return report.Gaps.All(gap =>
            {
                var sizes = gap.Quartiles.Select(q => q.People).ToList();
                return sizes.Max() - sizes.Min() <= 1
                    && sizes.SequenceEqual(sizes.OrderDescending())
                    && sizes.Sum() == report.FullPayRelevantEmployees
                    && gap.FullPayRelevant.Total == report.FullPayRelevantEmployees
                    && SumOfParts(gap) == gap.FullPayRelevant;
            });
        });

    private static PayGroupCounts SumOfParts(PayGapResult gap) => new(
        gap.Quartiles.Sum(q => q.Counts.Reference),
        gap.Quartiles.Sum(q => q.Counts.Focus),
        gap.Quartiles.Sum(q => q.Counts.Unknown),
        gap.Quartiles.Sum(q => q.Counts.Other));
}
