using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Mapping;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Esr.Tests;

/// <summary>The recruitment file's Pay Band and Staff Group columns break indicator 2 down (issue 11).</summary>
public class RecruitmentBreakdownReadingTests
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private const string Header = "Application Id,Ethnic Origin,Shortlisted,Appointed,Staff Group,Pay Band";

    private static WresReport Report(InputFile recruitment, EqualityStandard standard = EqualityStandard.Wres, WresOptions? options = null) =>
        new WresFileReader(new WresCalculator(options ?? new WresOptions())).Read(new WresInputs { Recruitment = recruitment }, Year, standard).ToReport();

    private static (string Label, int WhiteEvents, int WhiteBase, int BmeEvents, int BmeBase) Row(LikelihoodBreakdownRow row) =>
        (row.Label, row.Reference.Events, row.Reference.Base, row.Focus.Events, row.Focus.Base);

    [Fact]
    public void Read_PayBandAndStaffGroup_EveryValueInItsRowAndTheUnreadOnesNamed()
    {
        var file = Csv.File(
            "recruitment.csv",
            Header,
            "A1,A,Yes,Yes,03,Band 05",
            "A2,N,Yes,No,Nursing and Midwifery Registered,AfC Band 5",
            "A3,H,Yes,Yes,Add Prof Scientific and Technic,Band 8 - Range A",
            "A4,C2,Yes,No,05,Band 8",
            "A5,R,Yes,No,Porters,Grade Z",
            "A6,Z,Yes,Yes,,",
            "A7,A,No,No,01,Consultant",
            "A8,S,Yes,No,,Grade Z");

        var report = Report(file);

        var appointment = report.Appointment;
        Assert.Equal(
            [("Band 5", 1, 1, 0, 1), ("Band 8a", 0, 0, 1, 1), ("Consultants", 0, 0, 0, 0), (LikelihoodBreakdownRow.NotRecognisedLabel, 0, 1, 0, 2)],
            appointment.ByPayBand!.Select(Row));
        Assert.Equal(
            [("Additional Professional Scientific and Technical", 0, 1, 1, 1), ("Medical and Dental", 0, 0, 0, 0), ("Nursing and Midwifery Registered", 1, 1, 0, 1), (LikelihoodBreakdownRow.NotRecognisedLabel, 0, 0, 0, 2)],
            appointment.ByStaffGroup!.Select(Row));
        Assert.Equal((1, 1), (appointment.ByPayBand![^1].Unknown.Events, appointment.ByPayBand[^1].Unknown.Base));
        var detail = appointment.ByDetailedGroup!.ToDictionary(d => d.Group, d => (d.Proportion.Events, d.Proportion.Base));
        Assert.Equal([(1, 1), (0, 1), (1, 1), (0, 1), (0, 1)], new[] { DetailedEthnicGroup.WhiteBritish, DetailedEthnicGroup.WhiteOther, DetailedEthnicGroup.Asian, DetailedEthnicGroup.Black, DetailedEthnicGroup.Chinese }.Select(g => detail[g]));

        // Each value the breakdowns could not read is named once with its rows; blanks are a note.
        var issues = report.DataQuality.Sources.Single().Issues.Where(i => i.Code is WresErrorCodes.UnrecognisedPostValue or WresErrorCodes.BlankPostValue).ToList();
        Assert.Equal(
            [
                (WresErrorCodes.UnrecognisedPostValue, IssueSeverity.Warning, "Pay Band", 5, 1, "'Band 8'"),
                (WresErrorCodes.UnrecognisedPostValue, IssueSeverity.Warning, "Pay Band", 6, 2, "'Grade Z'"),
                (WresErrorCodes.UnrecognisedPostValue, IssueSeverity.Warning, "Staff Group", 6, 1, "'Porters'"),
                (WresErrorCodes.BlankPostValue, IssueSeverity.Note, "Pay Band", 7, 1, "blank"),
                (WresErrorCodes.BlankPostValue, IssueSeverity.Note, "Staff Group", 7, 2, "blank"),
            ],
            issues.OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Column, StringComparer.Ordinal).ThenBy(i => i.Line)
                .Select(i => (i.Code, i.Severity, i.Column!, i.Line!.Value, i.Occurrences, i.Code == WresErrorCodes.BlankPostValue ? "blank" : Quoted(i.Message))));
        Assert.All(issues, i => Assert.Contains(LikelihoodBreakdownRow.NotRecognisedLabel, i.Message, StringComparison.Ordinal));

        static string Quoted(string message)
        {
            var start = message.IndexOf('\'', StringComparison.Ordinal);
            return message[start..(message.IndexOf('\'', start + 1) + 1)];
        }
    }

    [Fact]
    public void Read_WithoutTheColumns_NoBreakdownAndNoFinding()
    {
        var file = Csv.File("recruitment.csv", "Application Id,Ethnic Origin,Shortlisted,Appointed", "A1,A,Yes,Yes", "A2,N,Yes,No");

        var report = Report(file);

        Assert.Null(report.Appointment.ByPayBand);
        Assert.Null(report.Appointment.ByStaffGroup);
        Assert.DoesNotContain(report.DataQuality.Sources.Single().Issues, i => i.Code is WresErrorCodes.UnrecognisedPostValue or WresErrorCodes.BlankPostValue);
    }

    [Fact]
    public void Read_OnlyThePayBandColumn_BandsOnly()
    {
        var file = Csv.File("recruitment.csv", "Application Id,Ethnic Origin,Shortlisted,Appointed,Pay Band", "A1,A,Yes,Yes,Band 7", "A2,N,Yes,No,Band 7");

        var appointment = Report(file).Appointment;

        Assert.Equal([("Band 7", 1, 1, 0, 1)], appointment.ByPayBand!.Select(Row));
        Assert.Null(appointment.ByStaffGroup);
    }

    [Fact]
    public void Read_Wdes_RowsCompareNonDisabledWithDisabled()
    {
        var file = Csv.File("recruitment.csv", "Application Id,Ethnic Origin,Shortlisted,Appointed,Pay Band,Disability", "A1,A,Yes,Yes,Band 7,No", "A2,A,Yes,No,Band 7,Yes", "A3,N,Yes,Yes,Band 7,Yes");

        var appointment = Report(file, EqualityStandard.Wdes).Appointment;

        Assert.Equal([("Band 7", 1, 1, 1, 2)], appointment.ByPayBand!.Select(Row));
        Assert.Null(appointment.ByDetailedGroup);
    }

    [Fact]
    public void Read_MappedValues_AreUsedForThePost()
    {
        var options = new WresOptions();
        var mapping = new ValueMapping();
        mapping.Grade["Spot Grade 3"] = "Band 3";
        mapping.StaffGroup["Nursing"] = "03";
        options.Mapping.Values.Add(mapping);
        var file = Csv.File("recruitment.csv", Header, "A1,A,Yes,Yes,Nursing,Spot Grade 3");

        var appointment = Report(file, options: options).Appointment;

        Assert.Equal("Band 3", Assert.Single(appointment.ByPayBand!).Label);
        Assert.Equal(StaffGroup.NursingAndMidwiferyRegistered, Assert.Single(appointment.ByStaffGroup!).StaffGroup);
    }

    [Fact]
    public void ReadApplications_TypedRecords_CarryThePostAndGiveTheSameBreakdowns()
    {
        var file = Csv.File("recruitment.csv", Header, "A1,A,Yes,Yes,03,Band 5", "A2,N,Yes,No,Porters,Grade Z", "A3,N,Yes,No,05,Band 8 - Range B");

        var records = EsrCsv.ReadApplications(file).Records;
        var typed = new WresCalculator().Calculate(new WresDataset { Applications = records }, Year).Appointment;

        Assert.Equal([Grade.Band5, null, Grade.Band8B], records.Select(r => r.Grade));
        Assert.Equal([StaffGroup.NursingAndMidwiferyRegistered, null, StaffGroup.AdditionalProfessionalScientificAndTechnical], records.Select(r => r.StaffGroup));
        Assert.Equal(Report(file).Appointment.ByPayBand!.Select(Row), typed.ByPayBand!.Select(Row));
    }
}
