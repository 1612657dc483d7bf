using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Ingestion;
using Wres.Core.Statistics;
using Wres.Core.Survey;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Indicators;

/// <summary>
/// The indicators' edges the worked examples do not reach: ids and total rows, people to parity's argument checks and
/// thresholds of any precision, a survey gap of 0 or for the focus group only, and a person with very many rows
/// repeating assignment numbers.
/// </summary>
public class IndicatorEdgesTests
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    [Fact]
    public void Report_EveryIndicator_HasItsIdAndEachSegmentEndsInItsTotalRow()
    {
        var dataset = new WresDataset
        {
            Staff = [Valid.Staff("1"), Valid.Staff("2", EthnicCategory.BlackAfrican)],
            Applications = [Valid.Application("A1") with { Shortlisted = true, Appointed = true }, Valid.Application("A2", EthnicCategory.AsianIndian) with { Shortlisted = true }],
            Cases = [Valid.Case("C1", "2")],
            Training = [Valid.Training("1")],
        };

        var report = new WresCalculator().Calculate(dataset, Year);

        Assert.Equal(["1", "2", "3", "4"], new[] { report.Representation.Id, report.Appointment.Id, report.FormalProcess.Id, report.Training!.Id });
        var whole = report.Representation.Rows[^1];
        Assert.Equal(((Segment?)null, "All", true), (whole.Segment, whole.Label, whole.IsTotal));
        Assert.Equal(2, whole.Counts.Total);
        Assert.Equal("All / All: " + whole.Counts, whole.ToString());
        var band5 = report.Representation.Rows.Single(r => r.Segment == Segment.Clinical && r.Label == "Band 5");
        Assert.Equal($"Clinical / Band 5: {band5.Counts}", band5.ToString());
        Assert.All(report.Representation.Rows, row => Assert.Equal(row.Label == "All", row.IsTotal));
    }

    [Fact]
    public void Report_Wdes_ClustersAreRowsAndEachSegmentsAllIsItsTotal()
    {
        var staff = new[] { Valid.Staff("1") with { Disability = DisabilityGroup.Disabled }, Valid.Staff("2") with { Disability = DisabilityGroup.NonDisabled } };

        var report = new WresCalculator().Calculate(new WresDataset { Staff = staff }, Year, EqualityStandard.Wdes);

        Assert.Equal("1", report.Representation.Id);
        Assert.All(report.Representation.Rows, row => Assert.Equal(row.Label == "All", row.IsTotal));
        Assert.Contains(report.Representation.Rows, r => r.Label == "Cluster 2" && r.Counts.Total == 2 && !r.IsTotal);
        Assert.Contains(report.Representation.Rows, r => r.Label == "Other" && !r.IsTotal);
        Assert.Equal(2, report.Representation.Rows[^1].Counts.Total);
        Assert.Null(report.Representation.Rows[^1].Segment);
    }

    [Fact]
    public void PeopleToParity_BadArguments_AreRefusedByName()
    {
        var p = Proportion.Of(1, 10);

        Assert.Equal("reference", Assert.Throws<ArgumentNullException>(() => PeopleToParity.For(null!, p, RatioOrientation.ReferenceOverFocus, 1.25m)).ParamName);
        Assert.Equal("focus", Assert.Throws<ArgumentNullException>(() => PeopleToParity.For(p, null!, RatioOrientation.ReferenceOverFocus, 1.25m)).ParamName);
        Assert.Equal("upperThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => PeopleToParity.For(p, p, RatioOrientation.ReferenceOverFocus, 0.99m)).ParamName);
        Assert.Equal("orientation", Assert.Throws<ArgumentOutOfRangeException>(() => PeopleToParity.For(p, p, (RatioOrientation)9, 1.25m)).ParamName);
        Assert.NotNull(PeopleToParity.For(p, p, RatioOrientation.FocusOverReference, 1m));
    }

    [Theory]
    [InlineData(RatioOrientation.ReferenceOverFocus)]
    [InlineData(RatioOrientation.FocusOverReference)]
    public void PeopleToParity_TheThresholdWrittenWithMoreDigits_GivesTheSameNumbers(RatioOrientation orientation)
    {
        // 1.25 as a decimal with a 64-bit and a 96-bit mantissa: the exact arithmetic reads all of it.
        var (white, bme) = orientation == RatioOrientation.ReferenceOverFocus
            ? (Proportion.Of(30, 100), Proportion.Of(10, 100))
            : (Proportion.Of(10, 100), Proportion.Of(30, 100));

        var usual = PeopleToParity.For(white, bme, orientation, 1.25m)!;
        foreach (var upper in new[] { 1.2500000000000m, 1.250000000000000000000000m })
        {
            var wide = PeopleToParity.For(white, bme, orientation, upper)!;
            Assert.Equal((usual.ToParity, usual.ToBand), (wide.ToParity, wide.ToBand));
        }

        Assert.True(usual.ToBand > 0 && usual.ToBand < usual.ToParity);
    }

    [Fact]
    public void PeopleToParity_FocusAlreadyBelowParity_NeedsNoneAndIsNeverBeyondReach()
    {
        // Indicator 3 (BME ÷ White): 1 of 100 BME against 10 of 100 White is already in favour of BME staff.
        var parity = PeopleToParity.For(Proportion.Of(10, 100), Proportion.Of(1, 100), RatioOrientation.FocusOverReference, 1.25m)!;

        Assert.Equal((0, 0, false, false), (parity.ToParity, parity.ToBand, parity.ParityBeyondReach, parity.BandBeyondReach));
    }

    [Theory]
    [InlineData("5", 20.0, 20.0, false)]
    [InlineData("7", 60.0, 60.0, false)]
    [InlineData("5", 20.0, 25.0, true)]
    [InlineData("7", 60.0, 55.0, true)]
    public void Survey_AGapOf0IsNotAdverse(string id, double reference, double focus, bool adverse)
    {
        Assert.True(SurveyMeasure.TryFind(EqualityStandard.Wres, id, out var measure));

        var result = new SurveyIndicatorResult(measure, IndicatorStatus.Computed, (decimal)reference, (decimal)focus, 100, 100);

        Assert.Equal((decimal)(focus - reference), result.GapPercentagePoints);
        Assert.Equal(adverse, result.AdverseToFocus);
    }

    [Fact]
    public void Survey_FocusGroupOnlyMeasure_HasNoGapEvenWithBothPercents()
    {
        Assert.True(SurveyMeasure.TryFind(EqualityStandard.Wdes, "8", out var measure));

        var result = new SurveyIndicatorResult(measure, IndicatorStatus.Computed, 70m, 60m, 100, 100);

        Assert.Null(result.GapPercentagePoints);
        Assert.Null(result.AdverseToFocus);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(40)]
    public void People_ManyRowsRepeatingNumbers_OneWarningPerRepeatAtItsLine(int rows)
    {
        // One person, numbers N0 to N4 over and over, the lines given in a scrambled order: every row but the first (by
        // line) of each number is a repeat. Up to 32 rows are compared pairwise, more by sorting: the same findings.
        var accumulator = new WresCalculator().CreateAccumulator(Year);
        var staff = accumulator.OpenInput(InputPart.Staff, "staff.csv");
        var facts = new StaffFacts { Ethnicity = EthnicGroup.White, StaffGroup = StaffGroup.AlliedHealthProfessionals, Grade = Grade.Band5, IsPrimary = false, Category = AssignmentCategory.Permanent };
        var lines = Enumerable.Range(0, rows).Select(i => 2 + ((i * 7) % rows)).ToArray();
        var firstLine = new Dictionary<int, int>();
        for (var i = 0; i < rows; i++)
        {
            staff.AddStaff("E1"u8, System.Text.Encoding.UTF8.GetBytes($"N{i % 5}"), facts, lines[i]);
            firstLine[i % 5] = Math.Min(firstLine.GetValueOrDefault(i % 5, int.MaxValue), lines[i]);
        }

        var report = accumulator.ToReport();

        var repeats = report.DataQuality.Sources.Single().Issues.Where(i => i.Code == WresErrorCodes.DuplicateAssignmentNumber).ToList();
        var expected = lines.Where(line => !firstLine.ContainsValue(line)).Order();
        Assert.Equal(expected.Select(l => (int?)l), repeats.Select(i => i.Line).Order());
        Assert.All(repeats, i => Assert.Equal(ColumnNames.AssignmentNumber, i.Column));
        Assert.Equal(1, report.Workforce!.Value.Total);
    }
}
