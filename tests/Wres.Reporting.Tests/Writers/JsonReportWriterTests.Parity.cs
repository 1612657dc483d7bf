using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Training;
using Wres.Core.Trajectory;
using Wres.Core.Workforce;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

/// <summary>Issue 11 in JSON: people to parity, the detailed ethnic groups and the Model Employer trajectory.</summary>
public partial class JsonReportWriterTests
{
    private static readonly string[] DetailKeys = ["WhiteBritish", "WhiteIrish", "WhiteOther", "Mixed", "Asian", "Black", "Chinese", "Other", "Unknown"];

    /// <summary>Clinical Band 5 and Band 6 staff of the given groups (White British, Asian Indian, not stated).</summary>
    private static WresReport Bands((int White, int Bme, int Unknown) band5, (int White, int Bme, int Unknown) band6)
    {
        var staff = new List<StaffAssignment>();
        foreach (var (grade, (white, bme, unknown)) in new[] { (Grade.Band5, band5), (Grade.Band6, band6) })
        {
            foreach (var (category, count) in new[] { (EthnicCategory.WhiteBritish, white), (EthnicCategory.AsianIndian, bme), (EthnicCategory.NotStated, unknown) })
            {
                for (var i = 0; i < count; i++)
                {
                    staff.Add(new StaffAssignment
                    {
                        EmployeeNumber = $"{grade.ReportLabel}-{category.Code}-{i}",
                        EthnicOrigin = category,
                        StaffGroup = StaffGroup.NursingAndMidwiferyRegistered,
                        Grade = grade,
                        Fte = 1.0m,
                    });
                }
            }
        }

        return new WresCalculator().Calculate(new WresDataset { Staff = staff }, Reports.Year, organisation: Reports.Organisation);
    }

    private static JsonElement Row(JsonElement root, string segment, string row) =>
        Indicator(root, "1").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("segment").GetString() == segment && r.GetProperty("row").GetString() == row);

    [Fact]
    public void Write_BmeToParity_IsEachRowsPeopleToParity()
    {
        // Workforce 19 BME of 59 (s = 19/59); Band 5: 8 of 36 BME, ceil(19 × 36 / 59) = ceil(11.59) = 12, so 4 more.
        // Band 6: 11 of 23, ceil(7.41) = 8 already reached: 0. An empty row: null.
        var report = Bands((28, 8, 0), (12, 11, 0));
        var root = Json(report);

        Assert.Equal(4, Row(root, "Clinical", "Band 5").GetProperty("bmeToParity").GetInt32());
        Assert.Equal(0, Row(root, "Clinical", "Band 6").GetProperty("bmeToParity").GetInt32());
        Assert.Equal(JsonValueKind.Null, Row(root, "Clinical", "Band 7").GetProperty("bmeToParity").ValueKind);
        Assert.False(Row(root, "Clinical", "Band 7").TryGetProperty("bmeToParitySuppressed", out _));
        foreach (var (row, element) in report.Representation.Rows.Zip(Indicator(root, "1").GetProperty("rows").EnumerateArray()))
        {
            Assert.Equal(row.FocusToParity, element.GetProperty("bmeToParity").ValueKind == JsonValueKind.Null ? null : element.GetProperty("bmeToParity").GetInt32());
        }
    }

    [Fact]
    public void Write_PublishedBmeToParity_IsWorkedOutFromThePublishedCounts()
    {
        // Published: Band 5 BME 8 → 10, total 36 → 35; workforce BME 19 → 20, total 59 → 60. From those, ceil(20 × 35 / 60)
        // = 12, so 2 more (the true counts would give 4, which the published ones do not show).
        var root = Json(Bands((28, 8, 0), (12, 11, 0)), new ReportWriterOptions { Publish = true });

        var band5 = Row(root, "Clinical", "Band 5");
        Assert.Equal((10, 35), (band5.GetProperty("bme").GetInt32(), band5.GetProperty("total").GetInt32()));
        Assert.Equal(2, band5.GetProperty("bmeToParity").GetInt32());
        Assert.False(band5.TryGetProperty("bmeToParitySuppressed", out _));
    }

    [Fact]
    public void Write_PublishedRowWithASuppressedCount_WithholdsBmeToParity()
    {
        var root = Json(Bands((28, 8, 0), (12, 3, 0)), new ReportWriterOptions { Publish = true });

        var band6 = Row(root, "Clinical", "Band 6");
        Suppressed(band6, "bme");
        Suppressed(band6, "bmeToParity");
        Assert.Equal(JsonValueKind.Null, Row(root, "Clinical", "Band 7").GetProperty("bmeToParity").ValueKind);
        Assert.False(Row(root, "Clinical", "Band 7").TryGetProperty("bmeToParitySuppressed", out _));
    }

    [Fact]
    public void Write_Wdes_HasDisabledToParityOnEveryRow()
    {
        var root = Json(Reports.Full(EqualityStandard.Wdes));

        Assert.All(Indicator(root, "1").GetProperty("rows").EnumerateArray(), row =>
        {
            Assert.True(row.TryGetProperty("disabledToParity", out _));
            Assert.False(row.TryGetProperty("bmeToParity", out _));
        });
    }

    [Theory]
    [InlineData(30, 100, 15, 100, 15, 9)]   // L_W = 0.3: ceil(30) − 15; ceil(30 / 1.25) = 24 − 15
    [InlineData(7, 25, 10, 50, 4, 2)]       // 7/25 × 50 is 14 exactly, not 15: 14 − 10; ceil(11.2) = 12 − 10
    [InlineData(10, 100, 40, 100, 0, 0)]    // BME already more likely: none needed
    public void Write_AppointmentToParityAndToBand_AreWorkedOutExactly(int whiteAppointed, int whiteShortlisted, int bmeAppointed, int bmeShortlisted, int toParity, int toBand)
    {
        var report = Reports.Appointment(whiteAppointed, whiteShortlisted, bmeAppointed, bmeShortlisted);
        var indicator = Indicator(Json(report), "2");

        Assert.Equal((toParity, toBand), (indicator.GetProperty("toParity").GetInt32(), indicator.GetProperty("toBand").GetInt32()));
        Assert.Equal((report.Appointment.Parity!.ToParity, report.Appointment.Parity.ToBand), (toParity, toBand));
        Assert.False(indicator.TryGetProperty("parityBeyondReach", out _));
        Assert.False(indicator.TryGetProperty("toParitySuppressed", out _));
    }

    [Fact]
    public void Write_FormalProcessToParity_IsFewerBmeStaffEntering()
    {
        // BME 12 of 200, White 10 of 400: floor(0.025 × 200) = 5 at parity, so 7 fewer; floor(6.25) = 6 in the band, 6 fewer.
        var indicator = Indicator(Json(Reports.FormalProcess(EqualityStandard.Wres, 10, 400, 12, 200)), "3");

        Assert.Equal((7, 6), (indicator.GetProperty("toParity").GetInt32(), indicator.GetProperty("toBand").GetInt32()));
    }

    [Fact]
    public void Write_PublishedToParity_IsWorkedOutFromThePublishedCountsLikeTheSentence()
    {
        // 31 of 102 and 16 of 98 are published as 30 of 100 and 15 of 100: from those, ceil(30) − 15 = 15 (the true counts
        // give ceil(29.78) − 16 = 14). The text's sentence says the same 15.
        var report = Reports.Appointment(31, 102, 16, 98);
        var options = new ReportWriterOptions { Publish = true };

        var indicator = Indicator(Json(report, options), "2");
        Assert.Equal(JsonValueKind.Number, indicator.GetProperty("relativeLikelihood").ValueKind);
        Assert.Equal(15, indicator.GetProperty("toParity").GetInt32());
        Assert.Equal(14, report.Appointment.Parity!.ToParity);
        Assert.Contains("To parity: 15 more of the 100 BME applicants", ReportWriter.ToString(report, ReportFormat.Text, options), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PublishedRatioWithheld_WithholdsToParityAndToBand()
    {
        var indicator = Indicator(Json(Reports.Appointment(7, 25, 10, 50), new ReportWriterOptions { Publish = true }), "2");

        Assert.True(indicator.GetProperty("relativeLikelihoodSuppressed").GetBoolean());
        Suppressed(indicator, "toParity");
        Suppressed(indicator, "toBand");
    }

    [Fact]
    public void Write_TrainingBeyondReach_SaysSo()
    {
        // Four White leavers (in last year's staff file only) took courses: White 6 courses over 2 in post, so even all 10
        // BME staff could not bring the ratio to 1.00.
        var staff = new List<StaffAssignment>();
        var previous = new List<StaffAssignment>();
        var training = new List<TrainingRecord>();
        for (var i = 0; i < 6; i++)
        {
            var person = new StaffAssignment { EmployeeNumber = $"W{i}", EthnicOrigin = EthnicCategory.WhiteBritish, StaffGroup = StaffGroup.NursingAndMidwiferyRegistered, Grade = Grade.Band5, Fte = 1.0m };
            (i < 2 ? staff : previous).Add(person);
            training.Add(new TrainingRecord { EmployeeNumber = person.EmployeeNumber, Course = "Leadership", Mandatory = false, Date = new LocalDate(2025, 10, 1) });
        }

        for (var i = 0; i < 10; i++)
        {
            staff.Add(new StaffAssignment { EmployeeNumber = $"B{i}", EthnicOrigin = EthnicCategory.BlackAfrican, StaffGroup = StaffGroup.NursingAndMidwiferyRegistered, Grade = Grade.Band5, Fte = 1.0m });
            if (i < 4)
            {
                training.Add(new TrainingRecord { EmployeeNumber = $"B{i}", Course = "Leadership", Mandatory = false, Date = new LocalDate(2025, 10, 1) });
            }
        }

        var report = new WresCalculator().Calculate(new WresDataset { Staff = staff, PreviousStaff = previous, Training = training }, Reports.Year);
        var indicator = Indicator(Json(report), "4");

        Assert.True(report.Training!.Parity!.ParityBeyondReach);
        Assert.Equal(report.Training.Parity.ToParity, indicator.GetProperty("toParity").GetInt32());
        Assert.True(indicator.GetProperty("parityBeyondReach").GetBoolean());
        Assert.Equal(report.Training.Parity.BandBeyondReach, indicator.TryGetProperty("bandBeyondReach", out var band) && band.GetBoolean());
    }

    [Fact]
    public void Write_Detail_EveryRowAndTheWorkforceHaveTheirDetailedGroups()
    {
        var report = Workforces.Report(7, EqualityStandard.Wres);
        var root = Json(report, new ReportWriterOptions { Detail = true });

        foreach (var (row, element) in report.Representation.Rows.Zip(Indicator(root, "1").GetProperty("rows").EnumerateArray()))
        {
            var detail = element.GetProperty("detail");
            Assert.Equal(DetailKeys, detail.EnumerateObject().Select(p => p.Name));
            Assert.All(DetailKeys, key => Assert.Equal(row.Detail![Enum.Parse<DetailedEthnicGroup>(key)], detail.GetProperty(key).GetInt32()));
        }

        var workforce = root.GetProperty("workforce").GetProperty("detail");
        Assert.Equal(report.Representation.Total!.Detail!.Total, DetailKeys.Sum(key => workforce.GetProperty(key).GetInt32()));
        Assert.Equal(root.GetProperty("workforce").GetProperty("unknown").GetInt32(), workforce.GetProperty("Unknown").GetInt32());
    }

    [Fact]
    public void Write_WithoutDetailOrForTheWdes_HasNoDetail()
    {
        // (The data quality's exclusions have a "detail" of their own.)
        var names = new[] { Json(Reports.Full()), Json(Reports.Full(EqualityStandard.Wdes), new ReportWriterOptions { Detail = true }) }
            .SelectMany(root => AllPropertyNames(root.GetProperty("workforce")).Concat(AllPropertyNames(Indicator(root, "1"))).Append(string.Empty))
            .ToList();

        Assert.DoesNotContain("detail", names);
        Assert.DoesNotContain("WhiteBritish", names);
    }

    [Property(MaxTest = 30)]
    public Property Write_PublishedDetail_ShownGroupsNeverExceedTheirShownGroup() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            // Not a proof of safety (the adversary is): a sanity law that the published detail is the same people.
            var root = Json(Workforces.Report(seed, EqualityStandard.Wres), new ReportWriterOptions { Detail = true, Publish = true });
            return Indicator(root, "1").GetProperty("rows").EnumerateArray().All(row =>
            {
                var detail = row.GetProperty("detail");
                int? Value(JsonElement parent, string key) => parent.GetProperty(key).ValueKind == JsonValueKind.Number ? parent.GetProperty(key).GetInt32() : null;
                return Equals(Value(detail, "Unknown"), Value(row, "unknown"))
                    && (Value(row, "white") is not { } white || DetailKeys[..3].All(k => Value(detail, k) is not { } v || v <= white))
                    && (Value(row, "bme") is not { } bme || DetailKeys[3..8].All(k => Value(detail, k) is not { } v || v <= bme));
            });
        });

    [Property(MaxTest = 50)]
    public Property Write_Detail_SumsToTheRowsWhiteBmeAndUnknown() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var root = Json(Workforces.Report(seed, EqualityStandard.Wres), new ReportWriterOptions { Detail = true });
            return Indicator(root, "1").GetProperty("rows").EnumerateArray().All(row =>
            {
                var detail = row.GetProperty("detail");
                int Sum(IEnumerable<string> keys) => keys.Sum(k => detail.GetProperty(k).GetInt32());
                return Sum(DetailKeys[..3]) == row.GetProperty("white").GetInt32()
                    && Sum(DetailKeys[3..8]) == row.GetProperty("bme").GetInt32()
                    && Sum(DetailKeys[8..]) == row.GetProperty("unknown").GetInt32();
            });
        });

    [Fact]
    public void Write_ModelEmployer_IsTheTrajectoryOfTheReport()
    {
        var report = Reports.Full();
        var root = Json(report);
        var trajectory = ModelEmployerTrajectory.Compute(report, new ModelEmployerOptions())!;

        var model = root.GetProperty("modelEmployer");
        Assert.Equal(2028, model.GetProperty("targetYear").GetInt32());
        Assert.Equal("2025/26", model.GetProperty("baselineYear").GetString());
        Assert.Equal(trajectory.TargetShare, model.GetProperty("targetShare").GetDouble(), 12);
        Assert.Equal("AllStaff", model.GetProperty("shareBasis").GetString());
        var bands = model.GetProperty("bands").EnumerateArray().ToList();
        Assert.Equal(["Band 8a", "Band 8b", "Band 8c", "Band 8d", "Band 9", "VSM"], bands.Select(b => b.GetProperty("band").GetString()));
        foreach (var (band, element) in trajectory.Bands.Zip(bands))
        {
            Assert.Equal(
                (band.Headcount, band.Bme, band.BaselineBme, band.Target, band.Gap),
                (element.GetProperty("headcount").GetInt32(), element.GetProperty("bme").GetInt32(), element.GetProperty("baselineBme").GetInt32(), element.GetProperty("target").GetInt32(), element.GetProperty("gap").GetInt32()));
            Assert.Equal(["2026/27", "2027/28"], element.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("year").GetString()));
            Assert.Equal(band.Milestones.Select(m => m.Bme), element.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("bme").GetInt32()));
        }
    }

    [Fact]
    public void Write_ModelEmployerWithATargetYearAndBasis_FollowsTheOptions()
    {
        var options = new ReportWriterOptions { ModelEmployer = new ModelEmployerOptions { TargetYear = 2030, ShareBasis = TargetShareBasis.KnownEthnicity } };
        options.ModelEmployer.Bands.Clear();
        options.ModelEmployer.Bands.Add(Grade.Band5);

        var model = Json(Reports.Full(), options).GetProperty("modelEmployer");

        Assert.Equal(2030, model.GetProperty("targetYear").GetInt32());
        Assert.Equal("KnownEthnicity", model.GetProperty("shareBasis").GetString());
        var band = Assert.Single(model.GetProperty("bands").EnumerateArray());
        Assert.Equal("Band 5", band.GetProperty("band").GetString());
        Assert.Equal(["2026/27", "2027/28", "2028/29", "2029/30"], band.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("year").GetString()));
    }

    [Fact]
    public void Write_ModelEmployerPublished_IsWithheld_AndWdesHasNone()
    {
        var published = Json(Reports.Full(), new ReportWriterOptions { Publish = true });
        Suppressed(published, "modelEmployer");

        Assert.False(Json(Reports.Full(EqualityStandard.Wdes)).TryGetProperty("modelEmployer", out _));
        Assert.False(Json(Reports.Empty()).TryGetProperty("modelEmployer", out _));
        Assert.False(Json(Reports.Full(), new ReportWriterOptions { DataQualityOnly = true }).TryGetProperty("modelEmployer", out _));
    }

    [Fact]
    public void Write_ModelEmployerComparedWithLastYear_StartsFromLastYearsBandCounts()
    {
        // Last year's Band 5 BME headcount (this trust with 10 fewer BME staff) is the baseline: 2024/25.
        var lastYear = PreviousReport.Parse(YearPair.AsLastYearJson(YearPair.Trust(ReportingYear.EndingIn(2026), EqualityStandard.Wres, 60, 20, 10, 10)));
        var thisYear = YearPair.Trust(ReportingYear.EndingIn(2026), EqualityStandard.Wres, 60, 30, 10, 10);
        var options = new ReportWriterOptions { CompareWith = lastYear, ModelEmployer = new ModelEmployerOptions() };
        options.ModelEmployer.Bands.Clear();
        options.ModelEmployer.Bands.Add(Grade.Band5);

        var model = Json(thisYear, options).GetProperty("modelEmployer");

        Assert.Equal("2024/25", model.GetProperty("baselineYear").GetString());
        var band = Assert.Single(model.GetProperty("bands").EnumerateArray());
        Assert.Equal((20, 30), (band.GetProperty("baselineBme").GetInt32(), band.GetProperty("bme").GetInt32()));
        Assert.Equal(["2025/26", "2026/27", "2027/28"], band.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("year").GetString()));
    }
}
