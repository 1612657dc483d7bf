using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Wres.Core;
using Wres.Core.PayGaps;
using Wres.Core.Validation;
using Wres.Synthetic;

namespace Wres.Esr.Tests;

/// <summary>Reading the pay file: header names, the mapping, every rejection with its line and column, reconciliation, the staff fallback.</summary>
public sealed class PayReadingTests : IDisposable
{
    private const string Header = "Employee Number,Full Pay,Hourly Rate,Ordinary Pay,Weekly Hours,Pay Period Days,Bonus In Period,Bonus 12 Months,Ethnic Origin,Disability,Sex,Pay Band,Assignment Category";
    private static readonly LocalDate Snapshot = new(2026, 3, 31);

    private readonly string _directory = Directory.CreateTempSubdirectory("wres-pay-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static PayGapReport Read(InputFile pay, InputFile? staff = null, WresOptions? options = null)
    {
        var reader = options is null ? new WresFileReader() : new WresFileReader(new WresCalculator(options));
        using var accumulator = reader.ReadPay(new WresInputs { Pay = pay, Staff = staff }, Snapshot);
        return accumulator.ToReport();
    }

    private static WresOptions NoSuppression()
    {
        var options = new WresOptions();
        options.PayGaps.SuppressionThreshold = 0;
        return options;
    }

    private static PayGapResult Sex(PayGapReport report) => report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Sex);

    [Fact]
    public void ReadPay_ReferenceFigures_GivesTheRulesPageGaps()
    {
        // pay-gap-rules.md: men 10, 20, 30, 40 against women 10, 15, 20: mean and median gaps 40%.
        var pay = Csv.File("pay.csv", "Employee Number,Full Pay,Hourly Rate,Sex",
            "1,Yes,10,M", "2,Yes,20,Male", "3,Yes,30,m", "4,Yes,40,MALE", "5,Yes,10,F", "6,Yes,15,Female", "7,Yes,20,f");

        var gap = Sex(Read(pay, options: NoSuppression()));

        Assert.Equal(40.0, gap.MeanHourlyGap.Percent!.Value, 9);
        Assert.Equal(40.0, gap.MedianHourlyGap.Percent!.Value, 9);
        Assert.Equal(new PayGroupCounts(4, 3, 0, 0), gap.FullPayRelevant);
    }

    [Fact]
    public void ReadPay_AmountsGiven_ComputesHourlyPayFromThem()
    {
        // (3100 + 0) × 7 ÷ 31 ÷ 35 = 20.00 an hour, against a woman's rate of 15: a gap of 25%.
        var pay = Csv.File("pay.csv", Header,
            Csv.Row("1", "Yes", "", "3100.00", "35", "", "", "", "", "", "Male", "Band 6", ""),
            Csv.Row("2", "Yes", "15.00", "", "", "", "", "", "", "", "Female", "Band 5", ""));

        var gap = Sex(Read(pay, options: NoSuppression()));

        Assert.Equal(20.0, gap.MeanHourly.Reference!.Value, 9);
        Assert.Equal(25.0, gap.MeanHourlyGap.Percent!.Value, 9);
    }

    [Fact]
    public void ReadPay_AliasedHeaders_AreMatched()
    {
        var pay = Csv.File("pay.csv", "Emp No;Full Pay;Hourly Pay;Gender;Grade",
            "1;Y;20;M;Band 5", "2;N;;F;Band 5", "3;1;10;F;Band 5");

        var report = Read(pay, options: NoSuppression());

        Assert.Equal(3, report.RelevantEmployees);
        Assert.Equal(2, report.FullPayRelevantEmployees);
        Assert.Equal(50.0, Sex(report).MeanHourlyGap.Percent!.Value, 9);
        Assert.Contains(report.DataQuality.Sources[0].Issues, i => i.Code == WresErrorCodes.DelimiterDetected);
    }

    [Fact]
    public void ReadPay_MappingFileColumns_NameTheTrustsHeaders()
    {
        var options = NoSuppression();
        options.Mapping.Columns["pay"] = new Dictionary<string, string> { ["Pers No"] = "Employee Number", ["Rate"] = "Hourly Rate", ["Paid In Full"] = "Full Pay" };
        var pay = Csv.File("pay.csv", "Pers No,Paid In Full,Rate,Sex", "1,Yes,30,M", "2,Yes,15,F");

        var gap = Sex(Read(pay, options: options));

        Assert.Equal(50.0, gap.MeanHourlyGap.Percent!.Value, 9);
    }

    [Fact]
    public void ReadPay_RequiredColumnMissing_ThrowsNamingTheColumn()
    {
        var pay = Csv.File("pay.csv", "Employee Number,Hourly Rate", "1,20");

        var error = Assert.Throws<EsrFileException>(() => Read(pay));

        Assert.Equal(WresErrorCodes.MissingRequiredColumn, error.Code);
        Assert.Contains("Full Pay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPay_PayAndStaffBothUnreadable_ReportsBothOnce()
    {
        var pay = Csv.File("pay.csv", "Employee Number,Hourly Rate", "1,20");
        var staff = Csv.File("staff.csv", "Employee Number,Ethnic Origin", "1,A");

        var error = Assert.Throws<EsrFileException>(() => Read(pay, staff));

        Assert.Equal(["pay.csv", "staff.csv"], error.Others.Prepend(error).Select(e => e.File));
    }

    [Fact]
    public void ReadPay_OnlyThePayFileUnreadable_ReportsItOnce()
    {
        var pay = Csv.File("pay.csv", "Employee Number,Hourly Rate", "1,20");

        var error = Assert.Throws<EsrFileException>(() => Read(pay, Csv.Staff(Csv.StaffRow("1"))));

        Assert.Empty(error.Others);
        Assert.Equal("pay.csv", error.File);
    }

    [Theory]
    [InlineData(",Yes,20,,,,,,Male", WresErrorCodes.RequiredValueMissing, "Employee Number")]
    [InlineData("9,Perhaps,20,,,,,,Male", WresErrorCodes.InvalidYesNo, "Full Pay")]
    [InlineData("9,Yes,twenty,,,,,,Male", WresErrorCodes.InvalidNumber, "Hourly Rate")]
    [InlineData("9,Yes,,£3000,37.5,,,,Male", WresErrorCodes.InvalidNumber, "Ordinary Pay")]
    [InlineData("9,Yes,,3000,37.5,thirty,,,Male", WresErrorCodes.InvalidNumber, "Pay Period Days")]
    [InlineData("9,Yes,,3000,37.5,,,1e3,Male", WresErrorCodes.InvalidNumber, "Bonus 12 Months")]
    [InlineData("9,Yes,-20,,,,,,Male", WresErrorCodes.NegativePayAmount, "Hourly Rate")]
    [InlineData("9,No,,,,,,-5,Male", WresErrorCodes.NegativePayAmount, "Bonus 12 Months")]
    [InlineData("9,Yes,,-1,37.5,,,,Male", WresErrorCodes.NegativePayAmount, "Ordinary Pay")]
    [InlineData("9,Yes,,3000,,,,,Male", WresErrorCodes.HourlyPayMissing, "Hourly Rate")]
    [InlineData("9,Yes,,3000,0,,,,Male", WresErrorCodes.ZeroHoursOrPayPeriod, "Weekly Hours")]
    [InlineData("9,Yes,,3000,37.5,0,,,Male", WresErrorCodes.ZeroHoursOrPayPeriod, "Pay Period Days")]
    [InlineData("9,Yes,20,,,,,,Male,extra", WresErrorCodes.WrongFieldCount, null)]
    public void ReadPay_BadRow_IsRejectedWithItsLineColumnAndCode(string row, string code, string? column)
    {
        var pay = Csv.File("pay.csv", "Employee Number,Full Pay,Hourly Rate,Ordinary Pay,Weekly Hours,Pay Period Days,Bonus In Period,Bonus 12 Months,Sex",
            "1,Yes,20,,,,,,Male", row, "2,Yes,18,,,,,,Female");

        var source = Read(pay).DataQuality.Sources.Single();

        var error = Assert.Single(source.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((3, column, code), (error.Line!.Value, error.Column, error.Code));
        Assert.Equal("pay.csv", source.Source);
        Assert.Equal((3, 2, 0, 1), (source.RowsRead, source.RowsCounted, source.RowsExcluded, source.RowsRejected));
    }

    [Fact]
    public void ReadPay_HonoraryRow_IsExcludedAndEveryRowReconciles()
    {
        var pay = Csv.File("pay.csv", Header,
            Csv.Row("1", "Yes", "20", "", "", "", "", "", "", "", "Male", "", "Permanent"),
            Csv.Row("1", "Yes", "0", "", "", "", "", "", "", "", "Male", "", "Honorary"),
            Csv.Row("2", "Yes", "20", "", "", "", "", "", "", "", "Female", "", "Bank"),
            Csv.Row("3", "Yes", "-1", "", "", "", "", "", "", "", "Female", "", ""));

        var source = Read(pay).DataQuality.Sources.Single();

        Assert.Equal((4, 2, 1, 1), (source.RowsRead, source.RowsCounted, source.RowsExcluded, source.RowsRejected));
        Assert.Equal(ExclusionRule.HonoraryAssignment, Assert.Single(source.Exclusions).Rule);
        Assert.True(source.Reconciles);
    }

    [Fact]
    public void ReadPay_EthnicityBlankInPay_ComesFromTheStaffFileByEmployeeNumber()
    {
        var pay = Csv.File("pay.csv", "Employee Number,Full Pay,Hourly Rate,Ethnic Origin,Disability",
            "1,Yes,30,,", "2,Yes,20,,", "3,Yes,10,N Black or Black British - African,Yes");
        var staff = Csv.File("staff.csv", Csv.StaffHeader + ",Disability",
            Csv.StaffRow("1", ethnicity: "A White - British") + ",No",
            Csv.StaffRow("2", ethnicity: "H Asian or Asian British - Indian") + ",Yes",
            Csv.StaffRow("3", ethnicity: "A White - British") + ",No");

        var report = Read(pay, staff, NoSuppression());

        var ethnicity = report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Ethnicity);
        Assert.True(report.StaffProvided);
        Assert.Equal(new PayGroupCounts(1, 2, 0, 0), ethnicity.FullPayRelevant); // 1 White from staff; 2 (staff) and 3 (pay, which wins) BME
        Assert.Equal(50.0, ethnicity.MeanHourlyGap.Percent!.Value, 9);
        var disability = report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Disability);
        Assert.Equal(new PayGroupCounts(1, 2, 0, 0), disability.FullPayRelevant);
    }

    [Fact]
    public void ReadPay_EmployeeNotInStaff_IsUnknownWithAWarning()
    {
        var pay = Csv.File("pay.csv", "Employee Number,Full Pay,Hourly Rate", "1,Yes,30", "404,Yes,20");
        var staff = Csv.Staff(Csv.StaffRow("1"));

        var report = Read(pay, staff, NoSuppression());

        var ethnicity = report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Ethnicity);
        Assert.Equal(1, ethnicity.FullPayRelevant.Unknown);
        Assert.Contains(report.DataQuality.Sources.Single().Issues, i => i.Code == WresErrorCodes.PayEmployeeNotInStaff);
    }

    [Fact]
    public void ReadPay_UnrecognisedEthnicity_IsUnknownNotTheStaffFilesValue()
    {
        var pay = Csv.File("pay.csv", "Employee Number,Full Pay,Hourly Rate,Ethnic Origin", "1,Yes,30,Martian");
        var staff = Csv.Staff(Csv.StaffRow("1", ethnicity: "A White - British"));

        var report = Read(pay, staff, NoSuppression());

        Assert.Equal(1, report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Ethnicity).FullPayRelevant.Unknown);
        Assert.Contains(report.DataQuality.Sources.Single().Issues, i => i.Code == WresErrorCodes.UnrecognisedEthnicity && i.Line == 2);
    }

    [Fact]
    public void ReadPayByOrganisation_TwoOrganisations_CombinedHoldsEveryRow()
    {
        var pay = Csv.File("pay.csv", "Employee Number,Full Pay,Hourly Rate,Sex,Organisation",
            "1,Yes,30,M,RXA", "2,Yes,15,F,RXA", "3,Yes,20,M,RXB", "4,Yes,20,F,RXB", "5,Yes,10,F,");

        var rollUp = new WresFileReader(new WresCalculator(NoSuppression())).ReadPayByOrganisation(new WresInputs { Pay = pay }, Snapshot, "ICS");

        Assert.Equal(["RXA", "RXB"], rollUp.Organisations.Select(o => o.Organisation));
        Assert.Equal(50.0, Sex(rollUp.Organisations[0]).MeanHourlyGap.Percent!.Value, 9);
        Assert.Equal(0.0, Sex(rollUp.Organisations[1]).MeanHourlyGap.Percent!.Value, 9);
        Assert.Equal("ICS", rollUp.Combined.Organisation);
        Assert.Equal(5, rollUp.Combined.RelevantEmployees);
        Assert.Equal(5, rollUp.Combined.DataQuality.Sources.Single().RowsRead);
        Assert.Equal(40.0, Sex(rollUp.Combined).MeanHourlyGap.Percent!.Value, 9); // men 25, women 15
    }

    [Fact]
    public void ReadPay_SyntheticTrustWithBadRows_RejectsExactlyTheDeliberateOne()
    {
        var options = new SyntheticTrustOptions { StaffCount = 500, Seed = 3, IncludePay = true };
        var paths = SyntheticTrust.WriteCsv(options, _directory);

        var report = Read(InputFile.FromPath(paths[^1]), InputFile.FromPath(paths[0]));

        var source = report.DataQuality.Sources.Single();
        var error = Assert.Single(source.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((11, "Ordinary Pay", WresErrorCodes.NegativePayAmount), (error.Line!.Value, error.Column, error.Code));
        Assert.True(source.Reconciles);
    }

    [Property(MaxTest = 5)]
    public Property ReadPay_GivesTheSameReportAsTheTypedRecords() =>
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(100, 1200).ToArbitrary(), (seed, people) =>
        {
            var options = new SyntheticTrustOptions { StaffCount = people, Seed = seed, IncludeBadRows = false, IncludePay = true };
            var paths = SyntheticTrust.WriteCsv(options, Path.Combine(_directory, $"{seed}-{people}"));
            var wres = new WresOptions();

            var read = Read(InputFile.FromPath(paths[^1]), InputFile.FromPath(paths[0]), wres);
            var typed = new PayGapCalculator(wres).Calculate(SyntheticTrust.ToPayRecords(options), Snapshot, SyntheticTrust.ToDataset(options).Staff);

            return PayFingerprint.Of(read) == PayFingerprint.Of(typed);
        });
}
