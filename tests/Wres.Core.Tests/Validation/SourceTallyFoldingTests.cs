using Wres.Core.Tests.Builders;
using Wres.Core.Validation;

namespace Wres.Core.Tests.Validation;

/// <summary>
/// Which findings <see cref="SourceTally"/> folds into one (notes and file findings) and which it lists one by one
/// (errors and warnings, each about its own row), the line a folded finding keeps, and the order that decides which
/// findings stay when the list is full.
/// </summary>
public class SourceTallyFoldingTests
{
    [Fact]
    public void AddFileFinding_SameFindingTwice_IsOneFindingSeenTwice()
    {
        var tally = new SourceTally("staff.csv");

        tally.AddFileFinding(WresErrorCodes.ReadAsWindows1252, IssueSeverity.Note, "Read as Windows-1252.");
        tally.AddFileFinding(WresErrorCodes.ReadAsWindows1252, IssueSeverity.Note, "Read as Windows-1252.");

        var issue = Assert.Single(tally.ToQuality().Issues);
        Assert.Equal(((int?)null, 2), (issue.Line, issue.Occurrences));
    }

    [Fact]
    public void CountedThenRejected_SameMessageOnTwoRows_IsTwoFindings()
    {
        var tally = new SourceTally("disciplinary.csv");
        tally.Count();
        tally.Count();

        tally.CountedThenRejected(7, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, "Not in the staff file.");
        tally.CountedThenRejected(3, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, "Not in the staff file.");

        Assert.Equal([3, 7], tally.ToQuality().Issues.Select(i => i.Line));
        Assert.All(tally.ToQuality().Issues, i => Assert.Equal(1, i.Occurrences));
    }

    [Theory]
    [InlineData(null, 5, 5)]
    [InlineData(5, null, 5)]
    [InlineData(9, 4, 4)]
    [InlineData(null, null, null)]
    public void Note_Folded_KeepsTheEarliestLineGiven(int? first, int? second, int? kept)
    {
        var tally = new SourceTally("staff.csv");

        tally.Note(first, "Pay Band", WresErrorCodes.ReadAsWindows1252, "Band read as Band 5.");
        tally.Note(second, "Pay Band", WresErrorCodes.ReadAsWindows1252, "Band read as Band 5.");

        var issue = Assert.Single(tally.ToQuality().Issues);
        Assert.Equal((kept, 2), (issue.Line, issue.Occurrences));
    }

    [Theory]
    [InlineData("WRES202", "A", "WRES201", "A")]
    [InlineData("WRES201", "B", "WRES201", "A")]
    public void Full_OnTheSameLine_TheEarlierCodeThenColumnStays(string keptLastCode, string keptLastColumn, string earlierCode, string earlierColumn)
    {
        var tally = new SourceTally("staff.csv", maxIssues: 1);

        tally.Warn(5, keptLastColumn, keptLastCode, "m");
        tally.Warn(5, earlierColumn, earlierCode, "m");
        var quality = tally.ToQuality();

        var issue = Assert.Single(quality.Issues);
        Assert.Equal((earlierCode, earlierColumn), (issue.Code, issue.Column));
        Assert.Equal(1, quality.IssuesOmitted);
    }

    [Fact]
    public void RollUp_ExcludedRowsWithNoOrganisation_AreCountedInTheWarning()
    {
        // A bank assignment with no organisation is excluded by scope, and is still a row that has no organisation.
        var rollUp = new WresCalculator().CreateRollUp(ReportingYear.EndingIn(2026));
        rollUp.For("RXX01").AddStaff([Valid.Staff("1")]);
        rollUp.Unassigned.AddStaff([Valid.Staff("2"), Valid.Staff("3") with { Category = Core.Workforce.AssignmentCategory.Bank }]);
        var shard = new WresCalculator().CreateRollUp(ReportingYear.EndingIn(2026));
        shard.Unassigned.AddStaff([Valid.Staff("4") with { Category = Core.Workforce.AssignmentCategory.Bank }]);
        rollUp.Merge(shard, lineOffset: 10);

        var staff = Assert.Single(rollUp.ToReport().Combined.DataQuality.Sources, s => s.Source == "staff");

        var warning = Assert.Single(staff.Issues, i => i.Code == WresErrorCodes.NoOrganisation);
        Assert.Equal("3 rows of staff have no Organisation, so they count in the combined report only.", warning.Message);
        Assert.Equal((4, 2, 2), (staff.RowsRead, staff.RowsCounted, staff.RowsExcluded));
    }
}
