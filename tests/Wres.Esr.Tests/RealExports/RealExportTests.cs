using Wres.Core;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Esr.Tests.RealExports;

/// <summary>
/// Issue 9: files shaped as trusts really export them read to the hand-worked figures, and none of their quirks passes
/// silently (each leaves a named rule, warning or note in the data quality).
/// </summary>
public class RealExportTests
{
    [Fact]
    public void EsrNames_FlagsAndWteAreUsed_PrimaryBand5BeatsSecondaryBand7()
    {
        var report = Corpus.Report(new WresInputs { Staff = Corpus.File("staff-esr-names.csv") });

        Assert.Equal((5, 5, 0, 0), report.Quality("staff-esr-names.csv").Totals());
        Assert.Equal(new GroupTally(1, 2, 1), report.Workforce);
        Assert.Equal(new GroupTally(1, 1, 0), report.Row(Segment.Clinical, "Band 5"));
        Assert.Equal(new GroupTally(0, 0, 0), report.Row(Segment.Clinical, "Band 7"));
        Assert.Equal(new GroupTally(0, 1, 0), report.Row(Segment.NonClinical, "Band 3"));
        Assert.Equal(new GroupTally(0, 0, 1), report.Row(Segment.MedicalAndDental, Grade.Trainee.ReportLabel));
        Assert.DoesNotContain(report.Quality("staff-esr-names.csv").Issues, i => i.Severity != IssueSeverity.Note);
    }

    [Fact]
    public void EsrNames_DisabilityFlag_GivesTheWdesDeclarationRate()
    {
        var report = Corpus.Report(new WresInputs { Staff = Corpus.File("staff-esr-names.csv") }, EqualityStandard.Wdes);

        // 1001 Yes, 1002 No, 1003 Not Declared, 1004 No.
        Assert.Equal(new GroupTally(2, 1, 1), report.Workforce);
        Assert.Equal(75.0, report.Representation.DeclarationRate!.Value, 9);
    }

    [Theory]
    [InlineData("staff-title-lines.csv")]
    [InlineData("staff-tab.tsv")]
    [InlineData("staff-semicolon.csv")]
    [InlineData("staff-pipe.txt")]
    [InlineData("staff-utf16.txt")]
    [InlineData("staff-excel-leftovers.csv")]
    public void Layout_GivesTheSameReportAsThePlainFile(string file)
    {
        var plain = Corpus.Report(new WresInputs { Staff = Corpus.File("staff-plain.csv") });

        var report = Corpus.Report(new WresInputs { Staff = Corpus.File(file) });

        Assert.Equal((5, 5, 0, 0), report.Quality(file).Totals());
        Assert.Equal(plain.Workforce, report.Workforce);
        Assert.Equal(plain.Representation.Rows.Select(r => r.Counts), report.Representation.Rows.Select(r => r.Counts));
        Assert.Equal(new GroupTally(2, 2, 1), report.Workforce);
    }

    [Theory]
    [InlineData("staff-title-lines.csv", WresErrorCodes.PreambleSkipped, "3 lines above the header (line 4) were skipped as a title; the first: 'Staff in Post - Example NHS Trust'.")]
    [InlineData("staff-tab.tsv", WresErrorCodes.DelimiterDetected, "The file is tab-separated (found from the header line).")]
    [InlineData("staff-semicolon.csv", WresErrorCodes.DelimiterDetected, "The file is semicolon-separated (found from the header line).")]
    [InlineData("staff-pipe.txt", WresErrorCodes.DelimiterDetected, "The file is pipe-separated (found from the header line).")]
    public void Layout_IsReportedNotSilent(string file, string code, string message)
    {
        var report = Corpus.Report(new WresInputs { Staff = Corpus.File(file) });

        var issue = Assert.Single(report.Quality(file).Issues, i => i.Code == code);
        Assert.Equal((IssueSeverity.Note, message), (issue.Severity, issue.Message));
    }

    [Fact]
    public void Scope_BankCasualHonoraryAndLeaversAreExcludedByNamedRules()
    {
        var report = Corpus.Report(new WresInputs
        {
            Staff = Corpus.File("staff-scope.csv"),
            Training = Corpus.File("training-scope.csv"),
            Disciplinary = Corpus.File("disciplinary-scope.csv"),
        });

        var staff = report.Quality("staff-scope.csv");
        Assert.Equal((11, 4, 7, 0), staff.Totals());
        Assert.Equal(4, staff.Excluded(ExclusionRule.ExcludedAssignmentCategory));
        Assert.Equal(3, staff.Excluded(ExclusionRule.Leaver));
        Assert.Equal(new GroupTally(3, 1, 0), report.Workforce);

        // Courses and cases of bank-only or honorary-only people are in neither the numerator nor the base.
        var training = report.Quality("training-scope.csv");
        Assert.Equal((5, 3, 2, 0), training.Totals());
        Assert.Equal(2, training.Excluded(ExclusionRule.OutOfScopePerson));
        Assert.Equal((1, 3), (report.Training!.Reference.Events, report.Training.Reference.Base));
        Assert.Equal((1, 1), (report.Training.Focus.Events, report.Training.Focus.Base));

        // A leaver's case still counts (they entered the process), a casual worker's does not.
        var cases = report.Quality("disciplinary-scope.csv");
        Assert.Equal((3, 2, 1, 0), cases.Totals());
        Assert.Equal(1, cases.Excluded(ExclusionRule.OutOfScopePerson));
        Assert.Equal(1, report.FormalProcess.Reference.Events);
        Assert.Equal(1, report.FormalProcess.Focus.Events);
    }

    [Fact]
    public void CaseTypes_MisconductCounts_GrievanceAndOthersAreExcludedWithTheirValues()
    {
        var report = Corpus.Report(new WresInputs { Staff = Corpus.File("staff-case-types.csv"), Disciplinary = Corpus.File("disciplinary-case-types.csv") });

        var cases = report.Quality("disciplinary-case-types.csv");
        Assert.Equal((11, 5, 6, 0), cases.Totals());
        Assert.Equal(1, cases.Excluded(ExclusionRule.CaseTypeOfOtherStandard));
        Assert.Equal(1, cases.Excluded(ExclusionRule.CaseTypeOfNeitherStandard));
        Assert.Equal(2, cases.Excluded(ExclusionRule.OtherCaseType, "Grievance"));
        Assert.Equal(1, cases.Excluded(ExclusionRule.OtherCaseType, "Bullying and Harassment"));
        Assert.Equal(1, cases.Excluded(ExclusionRule.OtherCaseType, "Appeal"));
        Assert.Equal((3, 7), (report.FormalProcess.Reference.Events, report.FormalProcess.Reference.Base));
        Assert.Equal((2, 4), (report.FormalProcess.Focus.Events, report.FormalProcess.Focus.Base));
    }

    [Fact]
    public void Dates_EsrStyleAndDateTimes_EveryRowIsRead()
    {
        var report = Corpus.Report(new WresInputs { Recruitment = Corpus.File("recruitment-dates.csv") });

        Assert.Equal((200, 200, 0, 0), report.Quality("recruitment-dates.csv").Totals());
        Assert.Equal((34, 100), (report.Appointment.Reference.Events, report.Appointment.Reference.Base));
        Assert.Equal((33, 100), (report.Appointment.Focus.Events, report.Appointment.Focus.Base));
    }

    [Fact]
    public void CensusWording_IsClassified_AndTheUnknownValueIsAWarning()
    {
        var report = Corpus.Report(new WresInputs { Recruitment = Corpus.File("recruitment-census.csv") });

        Assert.Equal((2, 5), (report.Appointment.Reference.Events, report.Appointment.Reference.Base));
        Assert.Equal((3, 7), (report.Appointment.Focus.Events, report.Appointment.Focus.Base));
        Assert.Equal((0, 2), (report.Appointment.Unknown.Events, report.Appointment.Unknown.Base));
        var quality = report.Quality("recruitment-census.csv");
        var warning = Assert.Single(quality.Issues, i => i.Severity == IssueSeverity.Warning);
        Assert.Equal((WresErrorCodes.UnrecognisedEthnicity, 15), (warning.Code, warning.Line));
        Assert.Contains(quality.Issues, i => i.Code == WresErrorCodes.EthnicityMatchedByLabel && i.Message.Contains("'White - Roma'", StringComparison.Ordinal));
    }

    [Fact]
    public void OptionalCells_BadValuesWarn_NobodyIsLost()
    {
        var report = Corpus.Report(new WresInputs { Staff = Corpus.File("staff-optional-cells.csv") });

        var quality = report.Quality("staff-optional-cells.csv");
        Assert.Equal((4, 4, 0, 0), quality.Totals());
        Assert.Equal(new GroupTally(2, 2, 0), report.Workforce);
        var warnings = quality.Issues.Where(i => i.Code == WresErrorCodes.InvalidOptionalValue).Select(i => (i.Line, i.Column)).ToList();
        Assert.Equal([(2, "FTE"), (3, "Primary Assignment"), (4, "Assignment End Date"), (5, "FTE")], warnings);
    }

    [Fact]
    public void Survey_PercentSign_IsRead()
    {
        var report = Corpus.Report(new WresInputs { Survey = Corpus.File("survey-percent-sign.csv") });

        var five = report.Survey.Single(s => s.Id == "5");
        Assert.Equal((26.3m, 28.8m, 2.5m), (five.ReferencePercent, five.FocusPercent, five.GapPercentagePoints));
        Assert.Equal((8, 8, 0, 0), report.Quality("survey-percent-sign.csv").Totals());
    }

    [Fact]
    public void Survey_Proportions_AreReadAsPercentagesWithANote()
    {
        var report = Corpus.Report(new WresInputs { Survey = Corpus.File("survey-proportions.csv") });

        var seven = report.Survey.Single(s => s.Id == "7");
        Assert.Equal((58.6m, 44.2m), (seven.ReferencePercent, seven.FocusPercent));
        Assert.Single(report.Quality("survey-proportions.csv").Issues, i => i.Code == WresErrorCodes.SurveyProportions);
    }

    [Fact]
    public void Mapping_TrustNamesForColumnsAndValues_AreUsed()
    {
        var options = new WresOptions();
        options.Mapping.Add(Wres.Core.Mapping.MappingFile.Parse(Corpus.Text("mapping.json")));

        var report = Corpus.Report(new WresInputs { Staff = Corpus.File("staff-mapping.csv") }, options: options);
        var wdes = Corpus.Report(new WresInputs { Staff = Corpus.File("staff-mapping.csv") }, EqualityStandard.Wdes, options);

        var quality = report.Quality("staff-mapping.csv");
        Assert.Equal((4, 3, 1, 0), quality.Totals());
        Assert.Equal(1, quality.Excluded(ExclusionRule.ExcludedAssignmentCategory, "Bank"));
        Assert.Equal(new GroupTally(2, 1, 0), report.Workforce);
        Assert.Equal(new GroupTally(1, 0, 0), report.Row(Segment.Clinical, "Band 5"));
        Assert.Equal(new GroupTally(0, 1, 0), report.Row(Segment.Clinical, "Band 6"));
        Assert.Equal(new GroupTally(1, 2, 0), wdes.Workforce);
        Assert.DoesNotContain(quality.Issues, i => i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void NearMiss_MissingRequiredColumn_NamesTheClosestHeader()
    {
        var e = Assert.Throws<EsrFileException>(() => Corpus.Report(new WresInputs { Staff = Corpus.File("staff-near-miss.csv") }));

        Assert.Equal(WresErrorCodes.MissingRequiredColumn, e.Code);
        Assert.Contains("The closest header is 'Ethnic Orgin' for 'Ethnic Origin'", e.Message, StringComparison.Ordinal);
    }
}
