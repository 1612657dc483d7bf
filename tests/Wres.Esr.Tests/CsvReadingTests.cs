using System.Text;
using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Esr.Tests;

public class CsvReadingTests
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);
    private static readonly WresFileReader Reader = new();

    private static WresReport Report(WresInputs inputs, EqualityStandard standard = EqualityStandard.Wres) =>
        Reader.Read(inputs, Year, standard).ToReport();

    private static SourceQuality Quality(WresReport report, string file) => report.DataQuality.Sources.Single(s => s.Source == file);

    [Fact]
    public void Read_StaffFile_CountsPeopleAndReconciles()
    {
        var report = Report(new WresInputs
        {
            Staff = Csv.Staff(
                Csv.StaffRow("1"),
                Csv.StaffRow("2", "N Black or Black British - African"),
                Csv.StaffRow("2", "N Black or Black British - African", band: "Band 8 - Range A", primary: "No", assignment: "2-2"),
                Csv.StaffRow("3", "Z Not Stated", category: "Bank")),
        });

        Assert.Equal(new GroupTally(1, 1, 0), report.Workforce);
        var quality = Quality(report, "staff.csv");
        Assert.Equal((4, 3, 1, 0), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal("Bank", Assert.Single(quality.Exclusions).Detail);
    }

    [Fact]
    public void Read_StaffFile_CountsEachPersonInTheirDetailedEthnicGroup()
    {
        // ESR values as trusts send them: code and label, a bare extended code, a label alone, lower case, not stated,
        // blank, and a value no rule recognises (counted as Unknown, with its warning).
        string[] values =
        [
            "A White - British", "B White - Irish", "C2 White - Northern Irish", "CN White - Gypsy or Romany", "White - Any other White background",
            "D Mixed - White and Black Caribbean", "GF", "H Asian or Asian British - Indian", "lk", "LH British Asian",
            "N Black or Black British - African", "PC Black - Nigerian", "R Chinese", "S Any other ethnic group", "SB Japanese",
            "Z Not Stated", "99", string.Empty, "Martian",
        ];
        var report = Report(new WresInputs { Staff = Csv.Staff([.. values.Select((value, i) => Csv.StaffRow($"P{i}", value))]) });

        var detail = report.Representation.Rows.Single(r => r.Segment == Segment.Clinical && r.Label == "Band 5").Detail!;
        Assert.Equal(
            (1, 1, 3, 2, 3, 2, 1, 2, 4),
            (detail[DetailedEthnicGroup.WhiteBritish], detail[DetailedEthnicGroup.WhiteIrish], detail[DetailedEthnicGroup.WhiteOther],
                detail[DetailedEthnicGroup.Mixed], detail[DetailedEthnicGroup.Asian], detail[DetailedEthnicGroup.Black],
                detail[DetailedEthnicGroup.Chinese], detail[DetailedEthnicGroup.Other], detail[DetailedEthnicGroup.Unknown]));
        Assert.Equal(report.Workforce, detail.Groups);
        Assert.Equal(detail, report.Representation.Total!.Detail);
    }

    [Fact]
    public void Read_HeaderCaseAndSpacesIgnored_ExtraColumnsIgnored_GradeAlias()
    {
        var file = Csv.File("staff.csv", " employee number ,ETHNIC ORIGIN,Notes,staff group,Grade", "1,A,anything,03,Band 6");

        var report = Report(new WresInputs { Staff = file });

        Assert.Equal(1, report.Representation.Rows.Single(r => r.Segment == Segment.Clinical && r.Label == "Band 6").Counts.Reference);
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsFatalNamingFileAndColumn()
    {
        var file = Csv.File("staff.csv", "Employee Number,Staff Group,Pay Band", "1,03,Band 5");

        var error = Assert.Throws<EsrFileException>(() => Report(new WresInputs { Staff = file }));

        Assert.Equal(WresErrorCodes.MissingRequiredColumn, error.Code);
        Assert.Equal("staff.csv", error.File);
        Assert.Equal("Ethnic Origin", error.Column);
        Assert.Contains("staff.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Ethnic Origin'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralFilesUnreadable_AllReportedTogetherInInputOrder()
    {
        var staff = Csv.Staff("1,1-1,A,03,Band 5,Yes,Permanent,1");
        var training = Csv.File("training.csv", "Employee Number,Date", "1,2025-06-01");
        var disciplinary = Csv.File("disciplinary.csv", "Employee Number,Ethnic Origin,Start Date", "1,A,2025-06-01");
        var missing = InputFile.FromPath(Path.Combine(Path.GetTempPath(), "wres-no-such-folder", "recruitment.csv"));

        var error = Assert.Throws<EsrFileException>(() => Report(new WresInputs { Staff = staff, Recruitment = missing, Disciplinary = disciplinary, Training = training }));

        var all = error.Others.Prepend(error).ToList();
        Assert.Equal(["recruitment.csv", "disciplinary.csv", "training.csv"], all.Select(e => e.File));
        Assert.Equal([WresErrorCodes.FileUnreadable, WresErrorCodes.MissingRequiredColumn, WresErrorCodes.MissingRequiredColumn], all.Select(e => e.Code));
        Assert.Equal("Case Reference", all[1].Column);
        Assert.Equal(
            "training.csv: the required columns 'Course' and 'Mandatory' are missing from the header of this training file.",
            all[2].Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public void Read_EmptyFile_IsFatal(string content)
    {
        var error = Assert.Throws<EsrFileException>(() => Report(new WresInputs { Staff = InputFile.FromText("staff.csv", content) }));

        Assert.Equal(WresErrorCodes.EmptyFile, error.Code);
    }

    [Fact]
    public void Read_BinaryFile_IsFatal()
    {
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00 };

        var error = Assert.Throws<EsrFileException>(() => Report(new WresInputs { Staff = InputFile.FromBytes("staff.xlsx", zip) }));

        Assert.Equal(WresErrorCodes.BinaryContent, error.Code);
    }

    [Fact]
    public void Read_UnterminatedQuote_IsFatalWithLine()
    {
        var file = InputFile.FromText("staff.csv", Csv.StaffHeader + "\n" + Csv.StaffRow("1") + "\n" + "2,\"2-1,A,03,Band 5,Yes,Permanent,1.0\n");

        var error = Assert.Throws<EsrFileException>(() => Report(new WresInputs { Staff = file }));

        Assert.Equal(WresErrorCodes.MalformedCsv, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedQuotingInARow_RowRejectedAndReadingGoesOn()
    {
        var file = InputFile.FromText("staff.csv", Csv.StaffHeader + "\n" + Csv.StaffRow("1") + "\n" + "2,\"2-1\"x,A,03,Band 5,Yes,Permanent,1.0\n" + Csv.StaffRow("3") + "\n");

        var quality = Quality(Report(new WresInputs { Staff = file }), "staff.csv");

        Assert.Equal((3, 2, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsRejected));
        var issue = Assert.Single(quality.Issues, i => i.Line is not null);
        Assert.Equal((3, WresErrorCodes.MalformedRecord), (issue.Line!.Value, issue.Code));
    }

    [Fact]
    public void Read_DuplicateColumn_IsFatal()
    {
        var file = Csv.File("staff.csv", "Employee Number,Ethnic Origin,Staff Group,Pay Band,ethnic origin", "1,A,03,Band 5,B");

        Assert.Equal(WresErrorCodes.DuplicateColumn, Assert.Throws<EsrFileException>(() => Report(new WresInputs { Staff = file })).Code);
    }

    [Fact]
    public void Read_MissingFile_IsFatalUnreadable()
    {
        var error = Assert.Throws<EsrFileException>(() => Report(new WresInputs { Staff = InputFile.FromPath("/no/such/folder/staff.csv") }));

        Assert.Equal(WresErrorCodes.FileUnreadable, error.Code);
        Assert.Equal("staff.csv", error.File);
    }

    [Fact]
    public void Read_WrongFieldCount_RowRejected_TrailingBlankFieldsAllowed()
    {
        var report = Report(new WresInputs
        {
            Staff = Csv.Staff(
                Csv.StaffRow("1"),
                "2,2-1,A,03,Band 5",
                Csv.StaffRow("3") + ",extra",
                Csv.StaffRow("4") + ",,"),
        });

        var quality = Quality(report, "staff.csv");
        Assert.Equal((4, 2, 2), (quality.RowsRead, quality.RowsCounted, quality.RowsRejected));
        Assert.Equal([(3, WresErrorCodes.WrongFieldCount), (4, WresErrorCodes.WrongFieldCount)], quality.Issues.Where(i => i.Line is not null).Select(i => (i.Line!.Value, i.Code)));
    }

    [Fact]
    public void Read_LineNumbers_CountBlankLinesAndLineBreaksInsideQuotes()
    {
        var text = Csv.StaffHeader + "\r\n"
            + Csv.StaffRow("1") + "\r\n"
            + "\r\n"
            + Csv.Row("2", "2-1", "A White\nBritish", "03", "Band 5", "Yes", "Permanent", "1.0") + "\r\n"
            + Csv.StaffRow("3", group: "Doctors") + "\r\n";

        var report = Report(new WresInputs { Staff = InputFile.FromText("staff.csv", text) });

        var quality = Quality(report, "staff.csv");
        Assert.Equal(3, quality.RowsRead);
        var issue = Assert.Single(quality.Issues, i => i.Line is not null);
        Assert.Equal((6, "Staff Group", WresErrorCodes.UnrecognisedStaffGroup), (issue.Line!.Value, issue.Column, issue.Code));
        Assert.Contains("'Doctors'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8WithBom_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv.StaffHeader + "\n" + Csv.StaffRow("1") + "\n")).ToArray();

        var report = Report(new WresInputs { Staff = InputFile.FromBytes("staff.csv", bytes) });

        Assert.Equal(1, report.Workforce!.Value.Reference);
    }

    [Fact]
    public void Read_NotUtf8_ReadAsWindows1252WithNote()
    {
        var bytes = Csv.Windows1252(Csv.StaffHeader + "\r\n" + Csv.StaffRow("1", "A White - British £€é") + "\r\n" + Csv.StaffRow("2", "Café") + "\r\n");

        var report = Report(new WresInputs { Staff = InputFile.FromBytes("staff.csv", bytes) });

        var quality = Quality(report, "staff.csv");
        Assert.Equal((2, 2), (quality.RowsRead, quality.RowsCounted));
        Assert.Contains(quality.Issues, i => i.Code == WresErrorCodes.ReadAsWindows1252 && i.Severity == IssueSeverity.Note);
        Assert.Contains(quality.Issues, i => i.Code == WresErrorCodes.UnrecognisedEthnicity && i.Message.Contains("'Café'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownEthnicityCode_WarnsOncePerValueWithCount()
    {
        var report = Report(new WresInputs
        {
            Staff = Csv.Staff(Csv.StaffRow("1", "NA"), Csv.StaffRow("2", "NA"), Csv.StaffRow("3", "NK"), Csv.StaffRow("4", "White - British")),
        });

        var quality = Quality(report, "staff.csv");
        var na = quality.Issues.Single(i => i.Message.Contains("'NA'", StringComparison.Ordinal));
        Assert.Equal((WresErrorCodes.UnrecognisedEthnicity, 2, 2), (na.Code, na.Line!.Value, na.Occurrences));
        Assert.Contains(quality.Issues, i => i.Code == WresErrorCodes.UnrecognisedEthnicity && i.Message.Contains("'NK'", StringComparison.Ordinal));
        Assert.Contains(quality.Issues, i => i.Code == WresErrorCodes.EthnicityMatchedByLabel && i.Line == 5);
        Assert.Equal(new GroupTally(1, 0, 3), report.Workforce);
    }

    [Fact]
    public void Read_BadValues_RejectedWithCodes()
    {
        var report = Report(new WresInputs
        {
            Staff = Csv.Staff(
                Csv.StaffRow(""),
                Csv.StaffRow("2", primary: "Maybe"),
                Csv.StaffRow("3", fte: "one"),
                Csv.StaffRow("4", fte: "1.6"),
                Csv.StaffRow("5", band: "Band 8"),
                Csv.StaffRow("6", primary: "", category: "", fte: "")),
        });

        var quality = Quality(report, "staff.csv");
        Assert.Equal(
            [
                (2, WresErrorCodes.RequiredValueMissing),
                (3, WresErrorCodes.InvalidOptionalValue),
                (4, WresErrorCodes.InvalidOptionalValue),
                (5, WresErrorCodes.InvalidOptionalValue),
                (6, WresErrorCodes.AmbiguousBand8),
            ],
            quality.Issues.Where(i => i.Line is not null).Select(i => (i.Line!.Value, i.Code)));

        // Primary Assignment and FTE are optional: a bad value warns and the row is still counted.
        Assert.Equal((6, 5, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsRejected));
    }

    [Fact]
    public void Read_RowRejectedByARecordRule_ItsValuesAddNoFinding()
    {
        var report = Report(new WresInputs
        {
            Staff = Csv.Staff(
                Csv.StaffRow("1", ethnicity: "Martian", fte: "2"),
                Csv.StaffRow("2", ethnicity: "Martian"),
                Csv.StaffRow("3", band: "Band 8", fte: "1.6")),
            Recruitment = Csv.File("recruitment.csv", "Application Id,Ethnic Origin,Shortlisted,Appointed", "A1,Venusian,No,Yes", "A2,A,Yes,Yes"),
        });

        // An FTE out of range is a warning (FTE is optional), so those rows are counted and their values noted.
        var staff = Quality(report, "staff.csv");
        Assert.Equal(
            [(2, WresErrorCodes.UnrecognisedEthnicity, 2), (2, WresErrorCodes.InvalidOptionalValue, 1), (4, WresErrorCodes.AmbiguousBand8, 1), (4, WresErrorCodes.InvalidOptionalValue, 1)],
            staff.Issues.Where(i => i.Line is not null).Select(i => (i.Line!.Value, i.Code, i.Occurrences)).Order());
        var recruitment = Quality(report, "recruitment.csv");
        Assert.Equal([(2, WresErrorCodes.AppointedNotShortlisted)], recruitment.Issues.Where(i => i.Line is not null).Select(i => (i.Line!.Value, i.Code)));
    }

    [Fact]
    public void ReadStaff_FteAboveTheMaximum_WarnsAndReturnsTheRecordWithoutFte()
    {
        var result = EsrCsv.ReadStaff(Csv.Staff(Csv.StaffRow("1", fte: "1.6"), Csv.StaffRow("2", fte: "0.5")));

        Assert.Equal([("1", (decimal?)null), ("2", 0.5m)], result.Records.Select(r => (r.EmployeeNumber, r.Fte)));
        var issue = Assert.Single(result.Quality.Issues, i => i.Line is not null);
        Assert.Equal((WresErrorCodes.InvalidOptionalValue, 2, "FTE"), (issue.Code, issue.Line!.Value, issue.Column));
    }

    [Fact]
    public void Read_Recruitment_DatesYesNoFormsAndScope()
    {
        var header = "Application Id,Ethnic Origin,Shortlisted,Appointed,Date";
        var file = Csv.File(
            "recruitment.csv",
            header,
            "A1,A,Yes,Yes,2025-06-01",
            "A2,A,y,n,01/06/2025",
            "A3,N,TRUE,FALSE,20250601",
            "A4,N,1,0,1/6/2025",
            "A5,N,No,Yes,2025-06-01",
            "A6,N,Yes,No,2024-06-01",
            "A7,N,Yes,No,31/02/2026",
            "A8,N,Sometimes,No,",
            "A9,N,Yes,No,");

        var report = Report(new WresInputs { Recruitment = file });

        var quality = Quality(report, "recruitment.csv");
        Assert.Equal((9, 5, 1, 3), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal(
            [(6, WresErrorCodes.AppointedNotShortlisted), (8, WresErrorCodes.InvalidDate), (9, WresErrorCodes.InvalidYesNo)],
            quality.Issues.Where(i => i.Line is not null).Select(i => (i.Line!.Value, i.Code)));
        Assert.Equal((1, 2), (report.Appointment.Reference.Events, report.Appointment.Reference.Base));
        Assert.Equal((0, 3), (report.Appointment.Focus.Events, report.Appointment.Focus.Base));
    }

    [Fact]
    public void Read_Disciplinary_JoinsStaffAndAppliesRules()
    {
        var staff = Csv.Staff(Csv.StaffRow("1"), Csv.StaffRow("2", "N"));
        var cases = Csv.File(
            "disciplinary.csv",
            "Case Reference,Employee Number,Start Date,Ethnic Origin,Case Type",
            "C1,1,2025-05-01,,",
            "C2,2,2025-05-01,,Disciplinary",
            "C3,2,2025-07-01,,disciplinary",
            "C4,1,2025-07-01,,Capability",
            "C5,1,2025-07-01,,Ill-health capability",
            "C6,1,2025-07-01,,Grievance",
            "C7,1,,,",
            "C8,9,2025-07-01,Z Not Stated,");

        var report = Report(new WresInputs { Staff = staff, Disciplinary = cases });

        var quality = Quality(report, "disciplinary.csv");
        Assert.Equal((8, 4, 3, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal((1, 1, 1), (report.FormalProcess.Reference.Events, report.FormalProcess.Focus.Events, report.FormalProcess.Unknown.Events));
        Assert.Equal(1, quality.Exclusions.Single(e => e.Rule == ExclusionRule.OtherCaseType).Rows);
        Assert.Equal("Grievance", quality.Exclusions.Single(e => e.Rule == ExclusionRule.OtherCaseType).Detail);
        Assert.Contains(quality.Issues, i => (i.Line, i.Code) == (8, WresErrorCodes.RequiredValueMissing));
    }

    [Fact]
    public void Read_Survey_OtherStandardRowsExcludedByRule()
    {
        var survey = Csv.File(
            "survey.csv",
            "Indicator,Group,Percent,Respondents,Positive",
            "5,White,27.3,,",
            "5,BME,29.1,,",
            "5,Disabled,31.0,,",
            "5,Non-disabled,26.0,,",
            "9,White,10,,",
            "6,Purple,10,,",
            "6,White,10,10,11");

        var wres = Report(new WresInputs { Survey = survey });
        var wdes = Report(new WresInputs { Survey = survey }, EqualityStandard.Wdes);

        Assert.Equal(1.8m, wres.Survey[0].GapPercentagePoints);
        var quality = Quality(wres, "survey.csv");
        Assert.Equal((7, 2, 2, 3), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal(ExclusionRule.SurveyRowOfOtherStandard, Assert.Single(quality.Exclusions).Rule);
        Assert.Equal(5.0m, wdes.Survey.Single(s => s.Id == "5").GapPercentagePoints);
    }

    [Fact]
    public void Read_BoardAndTraining()
    {
        var report = Report(new WresInputs
        {
            Staff = Csv.Staff(Csv.StaffRow("1"), Csv.StaffRow("2", "H")),
            Training = Csv.File("training.csv", "Employee Number,Course,Mandatory,Date", "1,\"Leadership, Level 2\",No,2025-09-09", "2,Fire safety,Yes,", "2,Coaching,N,2024-01-01"),
            Board = Csv.File("board.csv", "Member,Ethnic Origin,Voting,Executive", "Chair,A,Yes,No", "CEO,H,Yes,Yes"),
        });

        Assert.Equal((1, 1), (report.Training!.Reference.Events, report.Training.Reference.Base));
        Assert.Equal(0, report.Training.Focus.Events);
        Assert.Equal(new GroupTally(1, 1, 0), report.Board.Total.Members);
        Assert.Equal(0.0, report.Board.Total.DifferencePercentagePoints!.Value, 12);
        Assert.Equal(1, Quality(report, "training.csv").RowsExcluded);
    }

    [Fact]
    public void Read_NothingProvided_EverythingNotProvided()
    {
        var report = Report(new WresInputs());

        Assert.Empty(report.DataQuality.Sources);
        Assert.Equal(Core.Indicators.IndicatorStatus.NotProvided, report.Appointment.Status);
    }
}
