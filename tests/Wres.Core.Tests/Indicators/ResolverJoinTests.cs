using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Ingestion;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Indicators;

/// <summary>Joining cases and courses to the staff files: who is found, who is a leaver, and what is said about who is not.</summary>
public class ResolverJoinTests
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static WresCalculator WithLeaversInTheBase()
    {
        var options = new WresOptions();
        options.Indicators.HeadcountBasis = HeadcountBasis.SnapshotPlusLeaversWithEvents;
        return new WresCalculator(options);
    }

    [Fact]
    public void FormalProcess_UnknownEmployee_IsUnknownEthnicityWithItsWarning()
    {
        var report = new WresCalculator().Calculate(new WresDataset { Staff = [Valid.Staff("1")], Cases = [Valid.Case("C1", "GONE")] }, Year);

        Assert.Equal(1, report.FormalProcess.Unknown.Events);
        var issue = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "disciplinary").Issues);
        Assert.Equal((WresErrorCodes.CaseEmployeeNotInStaff, ColumnNames.EmployeeNumber, 1), (issue.Code, issue.Column, issue.Line!.Value));
        Assert.Equal("The case names an employee that neither staff file holds; the case is counted with Unknown ethnicity.", issue.Message);
    }

    [Fact]
    public void FormalProcess_WdesUnknownEmployee_IsUnknownDisabilityWithItsWarning()
    {
        var staff = new[] { Valid.Staff("1") with { Disability = DisabilityGroup.Disabled } };
        var cases = new[] { Valid.Case("C1", "1") with { Type = CaseType.Capability }, Valid.Case("C2", "GONE") with { Type = CaseType.Capability } };

        var report = new WresCalculator().Calculate(new WresDataset { Staff = staff, Cases = cases }, Year, EqualityStandard.Wdes);

        Assert.Equal((0, 1, 1), (report.FormalProcess.Reference.Events, report.FormalProcess.Focus.Events, report.FormalProcess.Unknown.Events));
        var issue = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "disciplinary").Issues);
        Assert.Equal((WresErrorCodes.CaseEmployeeNotInStaff, 2), (issue.Code, issue.Line!.Value));
        Assert.Equal("The case names an employee that neither staff file holds; the case is counted with Unknown disability.", issue.Message);
    }

    [Fact]
    public void TrainingAccess_UnknownEmployee_IsUnknownWithItsWarning()
    {
        var report = new WresCalculator().Calculate(new WresDataset { Staff = [Valid.Staff("1")], Training = [Valid.Training("1"), Valid.Training("GONE")] }, Year);

        Assert.Equal((1, 0, 1), (report.Training!.Reference.Events, report.Training.Focus.Events, report.Training.Unknown.Events));
        var issue = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "training").Issues);
        Assert.Equal((WresErrorCodes.TrainingEmployeeNotInStaff, 2), (issue.Code, issue.Line!.Value));
        Assert.Equal("The course names an employee that the staff files do not hold; the person is counted with Unknown ethnicity.", issue.Message);
    }

    [Fact]
    public void TrainingAccess_LeaverInTheBaseOption_AddsOnlyThoseNotInTheWorkforce()
    {
        // W1 is in this year's workforce; LEFT only in last year's file, so a leaver with a course. Only LEFT joins the base.
        var staff = new[] { Valid.Staff("W1"), Valid.Staff("W2"), Valid.Staff("B1", EthnicCategory.BlackAfrican) };
        var dataset = new WresDataset
        {
            Staff = staff,
            PreviousStaff = [Valid.Staff("LEFT", EthnicCategory.BlackAfrican)],
            Training = [Valid.Training("W1"), Valid.Training("LEFT"), Valid.Training("B1")],
        };

        var snapshot = new WresCalculator().Calculate(dataset, Year).Training!;
        var withLeavers = WithLeaversInTheBase().Calculate(dataset, Year).Training!;

        Assert.Equal(((1, 2), (2, 1)), ((snapshot.Reference.Events, snapshot.Reference.Base), (snapshot.Focus.Events, snapshot.Focus.Base)));
        Assert.Equal(((1, 2), (2, 2)), ((withLeavers.Reference.Events, withLeavers.Reference.Base), (withLeavers.Focus.Events, withLeavers.Focus.Base)));
    }

    [Fact]
    public void FormalProcess_LeaverInTheBaseOption_UnknownEmployeeJoinsTheUnknownBase()
    {
        var dataset = new WresDataset { Staff = [Valid.Staff("W1"), Valid.Staff("W2")], Cases = [Valid.Case("C1", "W1"), Valid.Case("C2", "GONE")] };

        var result = WithLeaversInTheBase().Calculate(dataset, Year).FormalProcess;

        Assert.Equal(((1, 2), (1, 1)), ((result.Reference.Events, result.Reference.Base), (result.Unknown.Events, result.Unknown.Base)));
    }

    [Fact]
    public void TrainingAccess_BankOnlyPerson_IsExcludedByTheOutOfScopeRule()
    {
        // §3: the course of a person whose every assignment is bank is in neither the numerator nor the base.
        var staff = new[] { Valid.Staff("W1"), Valid.Staff("B1", EthnicCategory.BlackAfrican), Valid.Staff("BANK1", EthnicCategory.BlackAfrican) with { Category = AssignmentCategory.Bank } };
        var dataset = new WresDataset { Staff = staff, Training = [Valid.Training("W1"), Valid.Training("BANK1")] };

        var report = new WresCalculator().Calculate(dataset, Year);

        Assert.Equal(((1, 1), (0, 1), 0), ((report.Training!.Reference.Events, report.Training.Reference.Base), (report.Training.Focus.Events, report.Training.Focus.Base), report.Training.Unknown.Events));
        var quality = report.DataQuality.Sources.Single(s => s.Source == "training");
        Assert.Equal((2, 1, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded));
        Assert.Equal([new ExclusionCount(ExclusionRule.OutOfScopePerson, null, 1)], quality.Exclusions);
        Assert.Empty(quality.Issues);
    }

    [Fact]
    public void TrainingAccess_WdesUnknownEmployee_SaysUnknownDisability()
    {
        var report = new WresCalculator().Calculate(new WresDataset { Staff = [Valid.Staff("1")], Training = [Valid.Training("GONE")] }, Year, EqualityStandard.Wdes);

        var issue = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "training").Issues);
        Assert.Equal("The course names an employee that the staff files do not hold; the person is counted with Unknown disability.", issue.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FormalProcess_LeaverWithTwoEndedAssignments_IsTheirPrimaryAssignmentsGroupWhateverTheOrder(bool primaryFirst)
    {
        // Both of L's assignments had ended at the snapshot: L is a leaver (not out of scope), and the case takes the
        // group of L's best ended assignment, the primary one, wherever it is in the file.
        var accumulator = new WresCalculator().CreateAccumulator(Year);
        var staff = accumulator.OpenInput(InputPart.Staff, "staff.csv");
        var facts = new StaffFacts { Ethnicity = EthnicGroup.White, StaffGroup = StaffGroup.AlliedHealthProfessionals, Grade = Grade.Band5, IsPrimary = true, Category = AssignmentCategory.Permanent };
        var primary = facts with { Ethnicity = EthnicGroup.Bme, HasLeft = true };
        var other = facts with { IsPrimary = false, HasLeft = true };
        staff.AddStaff("W1"u8, "W1-1"u8, facts, 2);
        staff.AddStaff("L"u8, "L-1"u8, primaryFirst ? primary : other, 3);
        staff.AddStaff("L"u8, "L-2"u8, primaryFirst ? other : primary, 4);
        accumulator.OpenInput(InputPart.Disciplinary, "cases.csv").AddCase("L"u8, Valid.InYear, CaseType.Disciplinary, null, 2);

        var report = accumulator.ToReport();

        Assert.Equal((0, 1, 0), (report.FormalProcess.Reference.Events, report.FormalProcess.Focus.Events, report.FormalProcess.Unknown.Events));
        var quality = report.DataQuality.Sources.Single(s => s.Source == "cases.csv");
        Assert.Equal((1, 1, 0), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded));
    }
}
