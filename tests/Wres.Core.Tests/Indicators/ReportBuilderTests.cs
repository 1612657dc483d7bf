using NodaTime;
using Wres.Core.Indicators;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Indicators;

/// <summary>What the report builder decides itself: the groups' labels, the indicators' ids, the notes it adds and the order of the sources.</summary>
public class ReportBuilderTests
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);
    private static readonly LocalDate LastYear = new(2024, 12, 1);

    [Fact]
    public void Build_Wres_LabelsAndIdsAreTheWres()
    {
        var report = new WresCalculator().Calculate(new WresDataset(), Year);

        Assert.Equal(("White", "BME"), (report.ReferenceLabel, report.FocusLabel));
        Assert.Equal(("1", "2", "3", "4", "9"), (report.Representation.Id, report.Appointment.Id, report.FormalProcess.Id, report.Training!.Id, report.Board.Id));
        Assert.Equal(IndicatorStatus.NotProvided, report.Board.Status);
    }

    [Fact]
    public void Build_Wdes_LabelsAndIdsAreTheWdesWhateverTheBmeLabel()
    {
        var options = new WresOptions();
        options.Ethnicity.BmeLabel = "Global Majority";

        var report = new WresCalculator(options).Calculate(new WresDataset(), Year, EqualityStandard.Wdes);

        Assert.Equal(("Non-disabled", "Disabled"), (report.ReferenceLabel, report.FocusLabel));
        Assert.Equal(("10", IndicatorStatus.NotProvided), (report.Board.Id, report.Board.Status));
        Assert.Null(report.Training);
    }

    [Fact]
    public void Build_WresWithItsOwnBmeLabel_UsesItTrimmed()
    {
        var options = new WresOptions();
        options.Ethnicity.BmeLabel = "  Global Majority ";

        var report = new WresCalculator(options).Calculate(new WresDataset(), Year);

        Assert.Equal(("White", "Global Majority"), (report.ReferenceLabel, report.FocusLabel));
    }

    [Fact]
    public void Build_PreviousCasesWithSingleYearOption_NotesWhyTheyWereNotPooled()
    {
        var options = new WresOptions();
        options.Indicators.Indicator3Rolling = RollingMode.SingleYear;
        var dataset = new WresDataset
        {
            Staff = [Valid.Staff("1")],
            PreviousStaff = [Valid.Staff("1")],
            Cases = [Valid.Case("C1", "1")],
            PreviousCases = [Valid.Case("P1", "1") with { StartDate = LastYear }],
        };

        var report = new WresCalculator(options).Calculate(dataset, Year);

        var note = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "previous-disciplinary").Issues);
        Assert.Equal((WresErrorCodes.PreviousYearNotPooled, IssueSeverity.Note, (int?)null), (note.Code, note.Severity, note.Line));
        Assert.Equal("Last year's cases were read but not pooled: indicator 3 is set to a single year.", note.Message);
        Assert.Equal(1, report.FormalProcess.YearsPooled);
    }

    [Fact]
    public void Build_PreviousCasesWithoutPreviousStaff_NotesThatLastYearsHeadcountIsUnknown()
    {
        var dataset = new WresDataset
        {
            Staff = [Valid.Staff("1")],
            Cases = [Valid.Case("C1", "1")],
            PreviousCases = [Valid.Case("P1", "1") with { StartDate = LastYear }],
        };

        var report = new WresCalculator().Calculate(dataset, Year);

        var note = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "previous-disciplinary").Issues);
        Assert.Equal(
            "Last year's cases were read but not pooled: last year's staff file was not supplied, so last year's headcount is unknown.",
            note.Message);
    }

    [Fact]
    public void Build_EveryInput_ListsTheSourcesInTheirOrder()
    {
        var dataset = new WresDataset
        {
            Staff = [Valid.Staff("1")],
            Applications = [Valid.Application()],
            Cases = [Valid.Case("C1", "1")],
            Training = [Valid.Training("1")],
            Board = [Valid.BoardMember()],
            Survey = [Valid.Survey()],
            PreviousStaff = [Valid.Staff("1")],
            PreviousCases = [Valid.Case("P1", "1") with { StartDate = LastYear }],
        };

        var report = new WresCalculator().Calculate(dataset, Year);

        Assert.Equal(
            ["staff", "recruitment", "disciplinary", "training", "board", "survey", "previous-staff", "previous-disciplinary"],
            report.DataQuality.Sources.Select(s => s.Source));
        Assert.Equal((2, "3", "4"), (report.FormalProcess.YearsPooled, report.FormalProcess.Id, report.Training!.Id));
    }

    [Fact]
    public void Build_TrainingWithoutAStaffFile_IsNotProvided()
    {
        var report = new WresCalculator().Calculate(new WresDataset { Training = [Valid.Training("1")] }, Year);

        Assert.Equal(("4", IndicatorStatus.NotProvided), (report.Training!.Id, report.Training.Status));
    }

    [Fact]
    public void Build_SurveyWithNoRespondents_TakesThePublishedPercent()
    {
        // 0 of 0 gives no percentage; the published one stands (and nothing divides by zero).
        var survey = new[] { Valid.Survey("6") with { Percent = 27.3m, Respondents = 0, Positive = 0 } };

        var result = new WresCalculator().Calculate(new WresDataset { Survey = survey }, Year).Survey[1];

        Assert.Equal(("6", 27.3m), (result.Id, result.ReferencePercent));
    }

    [Fact]
    public void Build_Selection_HasEveryRuleButUnknown()
    {
        var report = new WresCalculator().Calculate(new WresDataset { Staff = [Valid.Staff("1"), Valid.Staff("2")] }, Year);

        Assert.Equal(Enum.GetValues<SelectionRule>().Where(r => r != SelectionRule.Unknown).Order(), report.Selection.Keys.Order());
        Assert.Equal(2, report.Selection[SelectionRule.OnlyAssignment]);
        Assert.Empty(new WresCalculator().Calculate(new WresDataset(), Year).Selection);
    }
}
