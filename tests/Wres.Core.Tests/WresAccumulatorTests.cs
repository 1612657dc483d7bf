using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Tests.Builders;
using Wres.Core.Tests.Generators;
using Wres.Core.Tests.Indicators;

namespace Wres.Core.Tests;

public class WresAccumulatorTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static readonly Gen<WresDataset> Dataset = DomainGenerators.Dataset;

    [Property(MaxTest = 100)]
    public Property Merge_OfAnySplit_GivesTheSameReportAsTheWhole() =>
        Prop.ForAll(Dataset.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (dataset, percent) =>
        {
            var whole = Calculator.Calculate(dataset, Year);
            var first = Calculator.CreateAccumulator(Year);
            var second = Calculator.CreateAccumulator(Year);
            Split(dataset.Staff!, percent, first.AddStaff, second.AddStaff);
            Split(dataset.Applications!, percent, first.AddApplications, second.AddApplications);
            Split(dataset.Cases!, percent, first.AddCases, second.AddCases);
            Split(dataset.Training!, percent, first.AddTraining, second.AddTraining);
            first.Merge(second);
            return ReportFingerprint.Of(first.ToReport()) == ReportFingerprint.Of(whole);
        });

    [Property(MaxTest = 100)]
    public Property Calculate_DoesNotDependOnRowOrder() =>
        Prop.ForAll(Dataset.ToArbitrary(), ArbMap.Default.ArbFor<int>(), (dataset, seed) =>
        {
            var random = new Random(seed);
            var shuffled = dataset with
            {
                Staff = dataset.Staff!.OrderBy(_ => random.Next()).ToList(),
                Applications = dataset.Applications!.OrderBy(_ => random.Next()).ToList(),
                Cases = dataset.Cases!.OrderBy(_ => random.Next()).ToList(),
                Training = dataset.Training!.OrderBy(_ => random.Next()).ToList(),
            };
            return ReportFingerprint.Of(Calculator.Calculate(shuffled, Year)) == ReportFingerprint.Of(Calculator.Calculate(dataset, Year));
        });

    [Property(MaxTest = 100)]
    public Property Calculate_EveryRowIsCountedExcludedOrRejected() =>
        Prop.ForAll(Dataset.ToArbitrary(), dataset =>
        {
            var report = Calculator.Calculate(dataset, Year);
            var sizes = new Dictionary<string, int>
            {
                ["staff"] = dataset.Staff!.Count,
                ["recruitment"] = dataset.Applications!.Count,
                ["disciplinary"] = dataset.Cases!.Count,
                ["training"] = dataset.Training!.Count,
            };
            return report.DataQuality.Sources.All(s => s.Reconciles && s.RowsRead == sizes[s.Source]);
        });

    private static void Split<T>(IReadOnlyList<T> rows, int percent, Action<IEnumerable<T>> first, Action<IEnumerable<T>> second)
    {
        var cut = rows.Count * percent / 100;
        first(rows.Take(cut));
        second(rows.Skip(cut));
    }

    [Fact]
    public void ToReport_CalledTwice_ReturnsSameReportUntilMoreRowsAreAdded()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        accumulator.AddStaff([Valid.Staff()]);

        var report = accumulator.ToReport("Trust");
        Assert.Same(report, accumulator.ToReport("Trust"));
        Assert.Equal("Trust", report.Organisation);

        accumulator.AddStaff([Valid.Staff("2")]);
        var later = accumulator.ToReport("Trust");
        Assert.NotSame(report, later);
        Assert.Equal(1, report.Workforce!.Value.Total);
        Assert.Equal(2, later.Workforce!.Value.Total);
    }

    [Property(MaxTest = 60)]
    public Property ToReport_ChangesNothing_ReportThenMoreRowsEqualsAllAtOnce() =>
        Prop.ForAll(Dataset.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (dataset, percent) =>
        {
            WresAccumulator FirstPart()
            {
                var part = Calculator.CreateAccumulator(Year);
                Split(dataset.Staff!, percent, part.AddStaff, _ => { });
                Split(dataset.Cases!, percent, part.AddCases, _ => { });
                Split(dataset.Training!, percent, part.AddTraining, _ => { });
                return part;
            }

            var accumulator = FirstPart();
            var first = ReportFingerprint.Of(accumulator.ToReport());
            var again = ReportFingerprint.Of(FirstPart().ToReport());
            Split(dataset.Staff!, percent, _ => { }, accumulator.AddStaff);
            Split(dataset.Cases!, percent, _ => { }, accumulator.AddCases);
            Split(dataset.Training!, percent, _ => { }, accumulator.AddTraining);
            var whole = Calculator.Calculate(dataset with { Applications = null }, Year);
            return first == again && ReportFingerprint.Of(accumulator.ToReport()) == ReportFingerprint.Of(whole);
        });

    [Fact]
    public void Merge_DifferentYearOrStandard_Throws()
    {
        var accumulator = Calculator.CreateAccumulator(Year);

        Assert.Throws<ArgumentException>(() => accumulator.Merge(Calculator.CreateAccumulator(Year.Previous)));
        Assert.Throws<ArgumentException>(() => accumulator.Merge(Calculator.CreateAccumulator(Year, EqualityStandard.Wdes)));
        Assert.Throws<ArgumentException>(() => accumulator.Merge(accumulator));
    }

    [Fact]
    public void Merge_TheMergedAccumulator_ThrowsOnAnyLaterUse()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var other = Calculator.CreateAccumulator(Year);
        accumulator.AddApplications([Valid.Application()]);
        other.AddStaff([Valid.Staff("1"), Valid.Staff("2")]);
        other.AddApplications([Valid.Application("APP-2")]);

        accumulator.Merge(other);

        var error = Assert.Throws<ObjectDisposedException>(() => other.AddStaff([Valid.Staff("3")]));
        Assert.Contains("merged into another", error.Message, StringComparison.Ordinal);
        Assert.Throws<ObjectDisposedException>(() => other.ToReport());
        Assert.Throws<ObjectDisposedException>(() => other.Merge(Calculator.CreateAccumulator(Year)));
        Assert.Throws<ObjectDisposedException>(() => Calculator.CreateAccumulator(Year).Merge(other));
        Assert.Throws<ObjectDisposedException>(() => accumulator.Merge(other));
        var report = accumulator.ToReport();
        Assert.Equal(2, report.Workforce!.Value.Total);
        Assert.Equal(2, report.DataQuality.Sources.Single(s => s.Source == "recruitment").RowsCounted);
    }

    [Fact]
    public void Merge_AfterwardsTheMergedIntoAccumulatorTakesMoreRows()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var other = Calculator.CreateAccumulator(Year);
        other.AddStaff([Valid.Staff("1")]);

        accumulator.Merge(other);
        accumulator.AddStaff([Valid.Staff("2"), Valid.Staff(" ")]);

        var staff = accumulator.ToReport().DataQuality.Sources.Single(s => s.Source == "staff");
        Assert.Equal((3, 2, 1), (staff.RowsRead, staff.RowsCounted, staff.RowsRejected));
        Assert.Equal(3, Assert.Single(staff.Issues).Line);
    }

    [Fact]
    public void Merge_WithLineOffset_MovesTheOthersLinesOn()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var chunk = Calculator.CreateAccumulator(Year);
        accumulator.AddStaff([Valid.Staff("1")]);
        chunk.AddStaff([Valid.Staff("2"), Valid.Staff(" ")]);

        accumulator.Merge(chunk, lineOffset: 100);

        Assert.Equal(102, Assert.Single(accumulator.ToReport().DataQuality.Sources[0].Issues).Line);
        Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Merge(Calculator.CreateAccumulator(Year), -1));
    }

    [Fact]
    public void AddStaff_InTwoCalls_NumbersRecordsOnFromTheFirst()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        accumulator.AddStaff([Valid.Staff("1"), Valid.Staff("2")]);
        accumulator.AddStaff([Valid.Staff(" ")]);

        var issue = Assert.Single(accumulator.ToReport().DataQuality.Sources[0].Issues);

        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public void CreateAccumulator_UndefinedStandard_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.CreateAccumulator(Year, EqualityStandard.Unknown));

    [Fact]
    public void Calculate_OptionsCopied_LaterChangesHaveNoEffect()
    {
        var options = new WresOptions();
        var calculator = new WresCalculator(options);
        options.Ethnicity.BmeLabel = "Global majority";

        Assert.Equal("BME", calculator.Calculate(new WresDataset(), Year).FocusLabel);
        Assert.Equal("Global majority", new WresCalculator(options).Calculate(new WresDataset(), Year).FocusLabel);
    }

    [Fact]
    public void Calculate_InvalidOptions_Throw()
    {
        var options = new WresOptions();
        options.Statistics.LowerThreshold = 1.5m;

        Assert.Throws<FluentValidation.ValidationException>(() => new WresCalculator(options));
    }
}
