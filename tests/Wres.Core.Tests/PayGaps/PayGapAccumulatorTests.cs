using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Wres.Core.PayGaps;
using Wres.Core.Tests.Builders;
using Wres.Core.Tests.Generators;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using static Wres.Core.Tests.Builders.ValidPay;

namespace Wres.Core.Tests.PayGaps;

public partial class PayGapAccumulatorTests
{
    private static readonly PayGapCalculator Calculator = PayGapTesting.Calculator(threshold: 3, basis: EthnicityPayGapBasis.DetailedGroups);

    [Property(MaxTest = 150)]
    public Property Merge_OfAnySplit_GivesTheSameReportAsTheWhole() =>
        Prop.ForAll(PayGenerators.Rows(pool: 40, maxRows: 150).ToArbitrary(), PayGenerators.Staff(pool: 40).ToArbitrary(), Gen.Choose(0, 100).Two().ToArbitrary(), (rows, staff, cuts) =>
        {
            var whole = Calculator.Calculate(rows, PayGapTesting.Snapshot, staff);

            // Three parts of the pay rows; the staff rows split too, in another place.
            var first = rows.Count * Math.Min(cuts.Item1, cuts.Item2) / 100;
            var second = rows.Count * Math.Max(cuts.Item1, cuts.Item2) / 100;
            var staffCut = staff.Count * cuts.Item1 / 100;
            using var a = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
            using var b = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
            using var c = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
            a.AddPay(rows.Take(first));
            b.AddPay(rows.Take(second).Skip(first));
            b.AddStaff(staff.Take(staffCut));
            c.AddPay(rows.Skip(second));
            c.AddStaff(staff.Skip(staffCut));
            b.Merge(c);
            a.Merge(b);

            return PayReportFingerprint.Of(a.ToReport()) == PayReportFingerprint.Of(whole);
        });

    [Property(MaxTest = 150)]
    public Property AddPay_EveryRowIsCountedExcludedOrRejected() =>
        Prop.ForAll(PayGenerators.Rows(pool: 40, maxRows: 150).ToArbitrary(), rows =>
        {
            var quality = Calculator.Calculate(rows, PayGapTesting.Snapshot).DataQuality.Sources.Single();
            var rejected = rows.Count(r => !new PayRecordValidator().Validate(r).IsValid);
            var excluded = rows.Count(r => r.Category == AssignmentCategory.Honorary && !string.IsNullOrWhiteSpace(r.EmployeeNumber));
            return quality.Reconciles
                && quality.RowsRead == rows.Count
                && quality.RowsRejected == rejected
                && quality.RowsExcluded == excluded
                && quality.RowsCounted == rows.Count - rejected - excluded;
        });

    [Fact]
    public void Merge_PersonSplitAcrossParts_OnePersonWithTheFirstPartsValuesFirst()
    {
        var calculator = PayGapTesting.Calculator(threshold: 0);
        using var first = calculator.CreateAccumulator(PayGapTesting.Snapshot);
        using var second = calculator.CreateAccumulator(PayGapTesting.Snapshot);
        first.AddPay([Row("p", 10m) with { Sex = Sex.Unknown, WeeklyHours = 10m }]);
        second.AddPay([Row("p", 20m) with { Sex = Sex.Male, WeeklyHours = 30m }, Row("q", 30m) with { Sex = Sex.Female }]);

        first.Merge(second);
        var report = first.ToReport();

        Assert.Equal(2, report.RelevantEmployees);
        Assert.Equal(new PayGroupCounts(1, 1, 0, 0), report.Sex().Relevant);
        Assert.Equal(17.5, report.Sex().MeanHourly.Reference!.Value, 12); // (10 × 10 + 20 × 30) ÷ 40
        Assert.Equal(3, report.DataQuality.Sources[0].RowsCounted);
    }

    [Fact]
    public void ToReport_ChangesNothing_MoreRowsCanBeAddedAfterwards()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
        accumulator.AddPay([Row("a"), Row("a") with { Sex = Sex.Male }]);

        var once = PayReportFingerprint.Of(accumulator.ToReport());
        var twice = PayReportFingerprint.Of(accumulator.ToReport());
        accumulator.AddPay([Row("b", -1m)]);
        var later = accumulator.ToReport("Trust");

        Assert.Equal(once, twice);
        Assert.Equal("Trust", later.Organisation);
        Assert.Equal(3, later.DataQuality.Sources[0].RowsRead);
        Assert.Equal(3, later.DataQuality.Sources[0].Issues.Single(i => i.Severity == IssueSeverity.Error).Line);
        Assert.Single(later.DataQuality.Sources[0].Issues, i => i.Code == WresErrorCodes.ConflictingPayCharacteristic);
    }

    [Fact]
    public void Merge_DifferentSnapshotOrOptions_Throws()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
        using var otherDate = Calculator.CreateAccumulator(new LocalDate(2025, 3, 31));
        using var otherOptions = new PayGapCalculator().CreateAccumulator(PayGapTesting.Snapshot);

        Assert.Throws<ArgumentException>(() => accumulator.Merge(otherDate));
        Assert.Throws<ArgumentException>(() => accumulator.Merge(otherOptions));
        Assert.Throws<ArgumentException>(() => accumulator.Merge(accumulator));
        Assert.Throws<ArgumentNullException>(() => accumulator.Merge(null!));
    }

    [Fact]
    public void Merge_TheOtherAccumulator_CannotBeUsedAfterwards()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
        using var other = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
        other.AddPay([Row()]);

        accumulator.Merge(other);

        Assert.Throws<ObjectDisposedException>(() => other.ToReport());
        Assert.Throws<ObjectDisposedException>(() => other.AddPay([Row()]));
        Assert.Throws<ObjectDisposedException>(() => accumulator.Merge(other));
        Assert.Equal(1, accumulator.ToReport().RelevantEmployees);
    }

    [Fact]
    public void AddPay_NullRecord_Throws()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);

        Assert.Throws<ArgumentException>(() => accumulator.AddPay([Row(), null!]));
        Assert.Throws<ArgumentException>(() => accumulator.AddStaff([null!]));
        Assert.Throws<ArgumentNullException>(() => accumulator.AddPay(null!));
    }

    [Fact]
    public void AddPay_LazySequence_RowsNumberedOnFromEarlierCalls()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
        accumulator.AddPay([Row("a")]);

        accumulator.AddPay(Enumerable.Range(0, 2).Select(i => i == 1 ? Row("b") with { Bonus12Months = -1m } : Row("c")));

        Assert.Equal(3, Assert.Single(accumulator.ToReport().DataQuality.Sources[0].Issues).Line);
    }

    [Fact]
    public void AddStaff_WithoutPayRows_NoPeople()
    {
        using var accumulator = Calculator.CreateAccumulator(PayGapTesting.Snapshot);
        accumulator.AddStaff([Valid.Staff("a"), Valid.Staff(" ")]);

        var report = accumulator.ToReport();

        Assert.True(report.StaffProvided);
        Assert.Equal(0, report.RelevantEmployees);
        Assert.Equal(0, report.DataQuality.Sources[0].RowsRead);
    }
}
