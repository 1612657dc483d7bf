using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Ingestion;
using Wres.Core.Tests.Builders;
using Wres.Core.Tests.Generators;
using Wres.Core.Tests.Indicators;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Ingestion;

/// <summary>The low-level ingestion seam: a reader's rows, added one by one, give the report typed records give.</summary>
public class InputWriterTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static StaffFacts Facts(StaffAssignment record) => new()
    {
        Ethnicity = record.EthnicOrigin?.Group ?? EthnicGroup.Unknown,
        EthnicOrigin = record.EthnicOrigin,
        Disability = record.Disability,
        StaffGroup = record.StaffGroup,
        Grade = record.Grade,
        IsPrimary = record.IsPrimary,
        Category = record.Category,
        Fte = record.Fte,
        OccupationCode = record.OccupationCode,
    };

    /// <summary>An application as a reader hands it over: a file has a breakdown column when the record has its value (as typed records count it).</summary>
    private static ApplicationFacts Facts(Recruitment.JobApplication record) => new()
    {
        EthnicOrigin = record.EthnicOrigin,
        Disability = record.Disability,
        Shortlisted = record.Shortlisted,
        Appointed = record.Appointed,
        Date = record.Date,
        PayBand = record.Grade,
        StaffGroup = record.StaffGroup,
        Columns = (record.Grade is null ? ApplicationColumns.None : ApplicationColumns.PayBand) | (record.StaffGroup is null ? ApplicationColumns.None : ApplicationColumns.StaffGroup),
    };

    private static byte[] Utf8(string? text) => Encoding.UTF8.GetBytes(text?.Trim() ?? string.Empty);

    /// <summary>The dataset as a reader would hand it over: keys as UTF-8, values classified, rows numbered from 2 (after a header).</summary>
    private static WresAccumulator ThroughTheSeam(WresDataset dataset)
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var staff = accumulator.OpenInput(InputPart.Staff, "staff");
        foreach (var (record, line) in dataset.Staff!.Select((r, i) => (r, i + 1)))
        {
            staff.AddStaff(Utf8(record.EmployeeNumber), Utf8(record.AssignmentNumber), Facts(record), line);
        }

        var recruitment = accumulator.OpenInput(InputPart.Recruitment, "recruitment");
        foreach (var (record, line) in dataset.Applications!.Select((r, i) => (r, i + 1)))
        {
            recruitment.AddApplication(Facts(record), line);
        }

        var cases = accumulator.OpenInput(InputPart.Disciplinary, "disciplinary");
        foreach (var (record, line) in dataset.Cases!.Select((r, i) => (r, i + 1)))
        {
            cases.AddCase(Utf8(record.EmployeeNumber), record.StartDate, record.Type, record.EthnicOrigin?.Group, line);
        }

        var training = accumulator.OpenInput(InputPart.Training, "training");
        foreach (var (record, line) in dataset.Training!.Select((r, i) => (r, i + 1)))
        {
            training.AddTraining(Utf8(record.EmployeeNumber), record.Mandatory, record.Date, line);
        }

        return accumulator;
    }

    [Property(MaxTest = 100)]
    public Property AddRows_AnyDataset_GiveTheReportTypedRecordsGive() =>
        Prop.ForAll(DomainGenerators.Dataset.ToArbitrary(), dataset =>
            ReportFingerprint.Of(ThroughTheSeam(dataset).ToReport()) == ReportFingerprint.Of(Calculator.Calculate(dataset, Year)));

    /// <summary>Adds 500 staff rows and 1,000 applications (500 by WRES group only, 500 with their breakdowns); the keys are ready-made bytes, as a reader's buffer would hold them.</summary>
    private static void AddRows(InputWriter staff, InputWriter recruitment, byte[][] keys, StaffFacts facts)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            staff.AddStaff(keys[i], keys[i], facts, i + 2);
            recruitment.AddApplication(EthnicGroup.Bme, DisabilityGroup.Disabled, shortlisted: true, appointed: i % 2 == 0, Valid.InYear, i + 2);
            recruitment.AddApplication(
                new ApplicationFacts
                {
                    EthnicOrigin = EthnicCategory.AsianIndian,
                    Disability = DisabilityGroup.Disabled,
                    Shortlisted = true,
                    Appointed = i % 2 == 0,
                    Date = Valid.InYear,
                    PayBand = Grade.Band8A,
                    StaffGroup = StaffGroup.AlliedHealthProfessionals,
                    Columns = ApplicationColumns.PayBand | ApplicationColumns.StaffGroup,
                },
                i + 2);
        }
    }

    [Fact]
    public void AddRows_WithinTheBuffers_AllocateNothing()
    {
        var keys = Enumerable.Range(0, 500).Select(i => Encoding.ASCII.GetBytes($"{10_000_000 + i}")).ToArray();
        var facts = Facts(Valid.Staff() with { Fte = 0.8m });
        var warm = Calculator.CreateAccumulator(Year);
        AddRows(warm.OpenInput(InputPart.Staff, "staff.csv"), warm.OpenInput(InputPart.Recruitment, "recruitment.csv"), keys, facts);
        var accumulator = Calculator.CreateAccumulator(Year);
        var staff = accumulator.OpenInput(InputPart.Staff, "staff.csv");
        var recruitment = accumulator.OpenInput(InputPart.Recruitment, "recruitment.csv");

        var before = GC.GetAllocatedBytesForCurrentThread();
        AddRows(staff, recruitment, keys, facts);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(500, accumulator.ToReport().Workforce!.Value.Total);
    }

    [Fact]
    public void AddStaff_FteAboveTheMaximum_IsRejectedByTheRuleAtItsLine()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var staff = accumulator.OpenInput(InputPart.Staff, "staff.csv");

        staff.AddStaff("1"u8, "1-1"u8, Facts(Valid.Staff() with { Fte = 1.6m }), 7);
        staff.AddStaff("2"u8, ""u8, Facts(Valid.Staff()), 8);

        var quality = accumulator.ToReport().DataQuality.Sources.Single();
        var issue = Assert.Single(quality.Issues);
        Assert.Equal(("staff.csv", 2, 1, 1), (quality.Source, quality.RowsRead, quality.RowsCounted, quality.RowsRejected));
        Assert.Equal((7, RecordRules.FteInRange.Column, RecordRules.FteInRange.Code, RecordRules.FteInRange.Message), (issue.Line, issue.Column, issue.Code, issue.Message));
    }

    [Fact]
    public void AddStaff_EmptyEmployeeNumber_IsRejectedAsBlank()
    {
        var accumulator = Calculator.CreateAccumulator(Year);

        accumulator.OpenInput(InputPart.Staff, "staff.csv").AddStaff([], "1-1"u8, Facts(Valid.Staff()), 3);

        var issue = Assert.Single(accumulator.ToReport().DataQuality.Sources.Single().Issues);
        Assert.Equal((WresErrorCodes.RequiredValueMissing, "Employee Number"), (issue.Code, issue.Column));
    }

    [Fact]
    public void AddStaff_BankCategory_IsExcludedByTheOptions()
    {
        var accumulator = Calculator.CreateAccumulator(Year);

        accumulator.OpenInput(InputPart.Staff, "staff.csv").AddStaff("1"u8, ""u8, Facts(Valid.Staff() with { Category = AssignmentCategory.Bank }), 2);

        var quality = accumulator.ToReport().DataQuality.Sources.Single();
        Assert.Equal(new ExclusionCount(ExclusionRule.ExcludedAssignmentCategory, "Bank", 1), Assert.Single(quality.Exclusions));
    }

    [Fact]
    public void AddStaff_UndefinedGroup_ThrowsAsAProgrammerError()
    {
        var staff = Calculator.CreateAccumulator(Year).OpenInput(InputPart.Staff, "staff.csv");

        Assert.Throws<ArgumentOutOfRangeException>(() => staff.AddStaff("1"u8, ""u8, Facts(Valid.Staff()) with { Ethnicity = (EthnicGroup)3 }, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => staff.AddStaff("1"u8, ""u8, Facts(Valid.Staff()) with { Category = (AssignmentCategory)99 }, 2));
        Assert.Equal(0, staff.Tally.RowsRead);
    }

    [Fact]
    public void AddStaff_EthnicOriginOutsideTheGroupGiven_ThrowsAsAProgrammerError()
    {
        var staff = Calculator.CreateAccumulator(Year).OpenInput(InputPart.Staff, "staff.csv");

        var error = Assert.Throws<ArgumentException>(() => staff.AddStaff("1"u8, ""u8, Facts(Valid.Staff()) with { EthnicOrigin = EthnicCategory.BlackAfrican }, 2));
        Assert.Equal("facts", error.ParamName);
        Assert.Equal(0, staff.Tally.RowsRead);
    }

    [Theory]
    [InlineData(EthnicGroup.White, DetailedEthnicGroup.WhiteOther)]
    [InlineData(EthnicGroup.Bme, DetailedEthnicGroup.Other)]
    [InlineData(EthnicGroup.Unknown, DetailedEthnicGroup.Unknown)]
    public void AddStaff_NoEthnicOrigin_DetailedGroupFollowsTheGroup(EthnicGroup group, DetailedEthnicGroup expected)
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        accumulator.OpenInput(InputPart.Staff, "staff.csv").AddStaff("1"u8, ""u8, Facts(Valid.Staff()) with { Ethnicity = group, EthnicOrigin = null }, 2);

        var total = accumulator.ToReport().Representation.Total!;
        Assert.Equal(1, total.Detail![expected]);
        Assert.Equal(total.Counts, total.Detail.Groups);
    }

    [Fact]
    public void AddStaff_EthnicOrigin_GivesTheDetailedGroup()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        accumulator.OpenInput(InputPart.Staff, "staff.csv").AddStaff("1"u8, ""u8, Facts(Valid.Staff(ethnicity: EthnicCategory.Parse("LK"))), 2);

        Assert.Equal(1, accumulator.ToReport().Representation.Total!.Detail![DetailedEthnicGroup.Asian]);
    }

    [Fact]
    public void AddApplication_OutOfYearOrAppointedUnshortlisted_IsExcludedOrRejected()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var recruitment = accumulator.OpenInput(InputPart.Recruitment, "recruitment.csv");

        recruitment.AddApplication(EthnicGroup.Bme, DisabilityGroup.Unknown, shortlisted: true, appointed: true, new LocalDate(2024, 1, 1), 2);
        recruitment.AddApplication(EthnicGroup.Bme, DisabilityGroup.Unknown, shortlisted: false, appointed: true, Valid.InYear, 3);
        recruitment.AddApplication(EthnicGroup.White, DisabilityGroup.Unknown, shortlisted: true, appointed: true, null, 4);

        var report = accumulator.ToReport();
        var quality = report.DataQuality.Sources.Single();
        Assert.Equal((3, 1, 1, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal((3, RecordRules.AppointedFromShortlist.Code), (Assert.Single(quality.Issues).Line, quality.Issues[0].Code));
        Assert.Equal(1, report.Appointment.Reference.Events);
    }

    [Fact]
    public void AddCase_TypeOfTheOtherStandardOrUndefined_IsExcludedOrRejected()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var cases = accumulator.OpenInput(InputPart.Disciplinary, "cases.csv");

        cases.AddCase("1"u8, Valid.InYear, CaseType.Capability, null, 2);
        cases.AddCase("1"u8, Valid.InYear, CaseType.Unknown, null, 3);
        cases.AddCase([], Valid.InYear, CaseType.Disciplinary, null, 4);

        var quality = accumulator.ToReport().DataQuality.Sources.Single(s => s.Source == "cases.csv");
        Assert.Equal((3, 0, 1, 2), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal([WresErrorCodes.UnrecognisedCaseType, WresErrorCodes.RequiredValueMissing], quality.Issues.Select(i => i.Code));
    }

    [Fact]
    public void AddBoardMemberAndSurveyResult_AreCounted()
    {
        var accumulator = Calculator.CreateAccumulator(Year);

        accumulator.OpenInput(InputPart.Board, "board.csv").AddBoardMember(EthnicGroup.Bme, DisabilityGroup.Unknown, voting: true, executive: false);
        accumulator.OpenInput(InputPart.Survey, "survey.csv").AddSurveyResult(Valid.Survey(), 2);

        var report = accumulator.ToReport();
        Assert.Equal(1, report.Board.Voting.Members.Focus);
        Assert.Equal(IndicatorStatus.Computed, report.Survey.Single(s => s.Id == "5").Status);
    }

    [Fact]
    public void OpenInput_NoRows_TheInputIsProvidedAndTheWriterIsKept()
    {
        var accumulator = Calculator.CreateAccumulator(Year);

        var writer = accumulator.OpenInput(InputPart.Recruitment, "recruitment.csv");

        Assert.Same(writer, accumulator.OpenInput(InputPart.Recruitment, "other.csv"));
        Assert.Equal("recruitment.csv", writer.Tally.Source);
        Assert.Equal(IndicatorStatus.Computed, accumulator.ToReport().Appointment.Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.OpenInput(InputPart.Unknown, "x.csv"));
    }

    [Fact]
    public void AddRow_OfAnotherInput_Throws()
    {
        var board = Calculator.CreateAccumulator(Year).OpenInput(InputPart.Board, "board.csv");

        var error = Assert.Throws<InvalidOperationException>(() => board.AddTraining("1"u8, mandatory: false, null, 2));

        Assert.Contains("Board", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToReport_RowsAddedThroughAWriterAfterAReport_AreInTheNextReport()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var staff = accumulator.OpenInput(InputPart.Staff, "staff.csv");
        staff.AddStaff("1"u8, ""u8, Facts(Valid.Staff()), 2);
        var first = accumulator.ToReport();

        staff.AddStaff("2"u8, ""u8, Facts(Valid.Staff()), 3);

        Assert.Equal(1, first.Workforce!.Value.Total);
        Assert.Equal(2, accumulator.ToReport().Workforce!.Value.Total);
    }

    [Fact]
    public void Writer_AfterItsAccumulatorIsMerged_ThrowsAndItsTallyToo()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var other = Calculator.CreateAccumulator(Year);
        var staff = other.OpenInput(InputPart.Staff, "staff.csv");
        var tally = staff.Tally;
        staff.AddStaff("1"u8, ""u8, Facts(Valid.Staff()), 2);

        accumulator.Merge(other);

        Assert.Throws<ObjectDisposedException>(() => staff.AddStaff("2"u8, ""u8, Facts(Valid.Staff()), 3));
        Assert.Throws<ObjectDisposedException>(() => staff.Tally);
        Assert.Throws<ObjectDisposedException>(() => tally.Reject(3, null, WresErrorCodes.MalformedRecord, "Malformed."));
        var merged = accumulator.OpenInput(InputPart.Staff, "ignored.csv");
        Assert.NotSame(staff, merged);
        Assert.Equal(("staff.csv", 1), (merged.Tally.Source, merged.Tally.RowsRead));
    }

    [Fact]
    public void Tally_OfAPieceMergedIntoAnExistingInput_IsClosed()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var chunk = Calculator.CreateAccumulator(Year);
        accumulator.OpenInput(InputPart.Training, "training.csv").AddTraining("1"u8, mandatory: false, null, 2);
        var tally = chunk.OpenInput(InputPart.Training, "training.csv").Tally;
        tally.Count();

        accumulator.Merge(chunk, lineOffset: 10);

        Assert.Throws<ObjectDisposedException>(() => tally.Count());
        Assert.Equal(2, accumulator.OpenInput(InputPart.Training, "training.csv").Tally.RowsRead);
    }

    [Fact]
    public void AddSurveyResult_TheSameMeasureTwice_TheLaterLineIsRejected()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var survey = accumulator.OpenInput(InputPart.Survey, "survey.csv");

        survey.AddSurveyResult(Valid.Survey() with { Percent = 40m }, 5);
        survey.AddSurveyResult(Valid.Survey() with { Percent = 20m }, 3);

        var report = accumulator.ToReport();
        Assert.Equal(20m, report.Survey.Single(s => s.Id == "5").ReferencePercent);
        Assert.Equal((5, WresErrorCodes.DuplicateSurveyResult), (Assert.Single(report.DataQuality.Sources.Single().Issues).Line, report.DataQuality.Sources.Single().Issues[0].Code));
        Assert.Throws<ArgumentNullException>(() => survey.AddSurveyResult(null!, 6));
    }

    [Fact]
    public void AddStaff_OccupationCodeMappedByTheOptions_DecidesTheSegment()
    {
        var options = new WresOptions();
        options.Workforce.OccupationCodeSegments["G1A"] = Segment.NonClinical;
        var accumulator = new WresCalculator(options).CreateAccumulator(Year);
        var staff = accumulator.OpenInput(InputPart.Staff, "staff.csv");

        staff.AddStaff("1"u8, ""u8, Facts(Valid.Staff() with { OccupationCode = " g1a " }), 2);
        staff.AddStaff("2"u8, ""u8, Facts(Valid.Staff()), 3);

        var rows = accumulator.ToReport().Representation.Rows;
        Assert.Equal(1, rows.Where(r => r.Segment == Segment.NonClinical && !r.IsTotal).Sum(r => r.Counts.Total));
        Assert.Equal(1, rows.Where(r => r.Segment == Segment.Clinical && !r.IsTotal).Sum(r => r.Counts.Total));
    }

    [Fact]
    public void AddApplication_FileWithTheColumns_BreaksDownEvenWhenEveryCellIsBlank()
    {
        // The breakdown follows the header, not the values: a file with the columns all blank has one row, named.
        var accumulator = Calculator.CreateAccumulator(Year);
        var recruitment = accumulator.OpenInput(InputPart.Recruitment, "recruitment.csv");

        recruitment.AddApplication(new ApplicationFacts { EthnicOrigin = EthnicCategory.WhiteBritish, Shortlisted = true, Appointed = true, Columns = ApplicationColumns.PayBand | ApplicationColumns.StaffGroup }, 2);
        recruitment.AddApplication(new ApplicationFacts { EthnicOrigin = EthnicCategory.AsianIndian, Shortlisted = true, Appointed = false, Columns = ApplicationColumns.PayBand | ApplicationColumns.StaffGroup }, 3);

        var appointment = accumulator.ToReport().Appointment;
        var band = Assert.Single(appointment.ByPayBand!);
        var group = Assert.Single(appointment.ByStaffGroup!);
        Assert.Equal((LikelihoodBreakdownRow.NotRecognisedLabel, 1, 1, 0, 1), (band.Label, band.Reference.Events, band.Reference.Base, band.Focus.Events, band.Focus.Base));
        Assert.Equal(LikelihoodBreakdownRow.NotRecognisedLabel, group.Label);
    }

    [Fact]
    public void AddApplication_FileWithoutTheColumns_NoBreakdownWhateverTheFactsSay()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var recruitment = accumulator.OpenInput(InputPart.Recruitment, "recruitment.csv");

        recruitment.AddApplication(new ApplicationFacts { Shortlisted = true, Appointed = false, PayBand = Grade.Band5, StaffGroup = StaffGroup.Students }, 2);

        var appointment = accumulator.ToReport().Appointment;
        Assert.Null(appointment.ByPayBand);
        Assert.Null(appointment.ByStaffGroup);
        Assert.Equal(1, appointment.Unknown.Base);
    }

    [Fact]
    public void AddApplication_RejectedRowOfAFileWithTheColumn_StillSaysTheFileHasIt()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var recruitment = accumulator.OpenInput(InputPart.Recruitment, "recruitment.csv");

        var taken = recruitment.AddApplication(new ApplicationFacts { Shortlisted = false, Appointed = true, PayBand = Grade.Band5, Columns = ApplicationColumns.PayBand }, 2);

        Assert.False(taken);
        Assert.Empty(accumulator.ToReport().Appointment.ByPayBand!);
    }

    [Fact]
    public void AddApplication_ByWresGroupOnly_NoDetailedGroupsButTheOtherRowsDetailed()
    {
        var accumulator = Calculator.CreateAccumulator(Year);
        var recruitment = accumulator.OpenInput(InputPart.Recruitment, "recruitment.csv");
        recruitment.AddApplication(new ApplicationFacts { EthnicOrigin = EthnicCategory.BlackAfrican, Shortlisted = true, Appointed = true }, 2);
        Assert.Equal(1, accumulator.ToReport().Appointment.ByDetailedGroup!.Single(d => d.Group == DetailedEthnicGroup.Black).Proportion.Events);

        recruitment.AddApplication(EthnicGroup.Bme, DisabilityGroup.Unknown, shortlisted: true, appointed: false, date: null, line: 3);

        var appointment = accumulator.ToReport().Appointment;
        Assert.Null(appointment.ByDetailedGroup);
        Assert.Equal((1, 2), (appointment.Focus.Events, appointment.Focus.Base));
    }

    [Fact]
    public void AddApplication_UndefinedColumnsOrDisability_ThrowsAsAProgrammerError()
    {
        var recruitment = Calculator.CreateAccumulator(Year).OpenInput(InputPart.Recruitment, "recruitment.csv");

        Assert.Throws<ArgumentOutOfRangeException>(() => recruitment.AddApplication(new ApplicationFacts { Shortlisted = true, Appointed = false, Columns = (ApplicationColumns)4 }, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => recruitment.AddApplication(new ApplicationFacts { Shortlisted = true, Appointed = false, Disability = (DisabilityGroup)7 }, 2));
        Assert.Equal(0, recruitment.Tally.RowsRead);
    }
}
