using Wres.Core.Validation;

namespace Wres.Core.Tests.Validation;

/// <summary>
/// <see cref="SourceTally"/> beyond one reader's pass: merging shards, the moves of rows a later rule decides,
/// copies, hand-overs and the order of what <see cref="SourceTally.ToQuality"/> lists.
/// </summary>
public class SourceTallyLifecycleTests
{
    private const string Ethnicity = "Ethnic Origin";

    [Fact]
    public void Merge_Shard_AddsCountsAndExclusionsAndMovesItsLinesOn()
    {
        var first = new SourceTally("staff.csv");
        first.Count();
        first.Exclude(ExclusionRule.ExcludedAssignmentCategory, "Bank");
        first.Reject(3, "Employee Number", WresErrorCodes.RequiredValueMissing, "No employee number.");
        var shard = new SourceTally("staff.csv");
        shard.Count();
        shard.Count();
        shard.Exclude(ExclusionRule.ExcludedAssignmentCategory, "Bank");
        shard.Exclude(ExclusionRule.Leaver);
        shard.Reject(2, "Pay Band", WresErrorCodes.UnrecognisedGrade, "Not a band.");

        first.Merge(shard, lineOffset: 100);
        var quality = first.ToQuality();

        Assert.Equal((8, 3, 3, 2), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.True(quality.Reconciles);
        Assert.Equal(
            [new ExclusionCount(ExclusionRule.ExcludedAssignmentCategory, "Bank", 2), new ExclusionCount(ExclusionRule.Leaver, null, 1)],
            quality.Exclusions);
        Assert.Equal([3, 102], quality.Issues.Select(i => i.Line));
        Assert.All(quality.Issues, i => Assert.Equal("staff.csv", i.Source));
    }

    [Fact]
    public void Merge_FoldedFindingOfBothShards_IsOneFindingWithTheEarliestLineAndBothCounts()
    {
        var first = new SourceTally("staff.csv");
        first.AddFinding(40, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, IssueSeverity.Warning, "'Q' is not a code.", 2);
        var shard = new SourceTally("staff.csv");
        shard.AddFinding(5, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, IssueSeverity.Warning, "'Q' is not a code.", 3);
        shard.Warn(6, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "'R' is not a code.");

        first.Merge(shard, lineOffset: 50);
        var issues = first.ToQuality().Issues;

        // The shard's folded finding joins the first's (line 40 is earlier than 55); its warning stays on its own.
        Assert.Equal(2, issues.Count);
        Assert.Equal((40, 5), (issues[0].Line, issues[0].Occurrences));
        Assert.Equal((56, 1), (issues[1].Line, issues[1].Occurrences));
    }

    [Fact]
    public void Merge_OmittedFindingsOfAShard_StayOmitted()
    {
        var first = new SourceTally("staff.csv", maxIssues: 1);
        var shard = new SourceTally("staff.csv", maxIssues: 1);
        shard.Warn(2, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "a");
        shard.Warn(3, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "b");

        first.Merge(shard);
        var quality = first.ToQuality();

        Assert.Equal([2], quality.Issues.Select(i => i.Line));
        Assert.Equal(1, quality.IssuesOmitted);
    }

    [Fact]
    public void CountedThenRejected_MovesOneCountedRowToRejectedWithItsFinding()
    {
        var tally = new SourceTally("disciplinary.csv");
        tally.Count();
        tally.Count();

        tally.CountedThenRejected(3, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, "Not in the staff file.");
        var quality = tally.ToQuality();

        Assert.Equal((2, 1, 0, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        var issue = Assert.Single(quality.Issues);
        Assert.Equal((3, IssueSeverity.Error, WresErrorCodes.CaseEmployeeNotInStaff), (issue.Line, issue.Severity, issue.Code));
    }

    [Fact]
    public void CountedThenExcluded_MovesTheRowsToTheRuleAddingToItsCount()
    {
        var tally = new SourceTally("training.csv");
        for (var i = 0; i < 5; i++)
        {
            tally.Count();
        }

        tally.Exclude(ExclusionRule.OutOfScopePerson);
        tally.CountedThenExcluded(ExclusionRule.OutOfScopePerson, 3);
        var quality = tally.ToQuality();

        Assert.Equal((6, 2, 4, 0), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal([new ExclusionCount(ExclusionRule.OutOfScopePerson, null, 4)], quality.Exclusions);
    }

    [Fact]
    public void Clone_TakesMoreWithoutChangingTheOriginal()
    {
        var tally = new SourceTally("staff.csv");
        tally.Count();
        tally.Exclude(ExclusionRule.Leaver);
        tally.Note(2, Ethnicity, WresErrorCodes.EthnicityMatchedByLabel, "By label.");

        var copy = tally.Clone();
        copy.Count();
        copy.Exclude(ExclusionRule.Leaver);
        copy.Note(9, Ethnicity, WresErrorCodes.EthnicityMatchedByLabel, "By label.");
        copy.Warn(4, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "Q.");

        var original = tally.ToQuality();
        var copied = copy.ToQuality();
        Assert.Equal((2, 1, 1), (original.RowsRead, original.RowsCounted, original.Exclusions.Single().Rows));
        Assert.Equal((1, 1), (original.Issues.Single().Occurrences, original.Issues.Count));
        Assert.Equal((4, 2, 2), (copied.RowsRead, copied.RowsCounted, copied.Exclusions.Single().Rows));
        Assert.Equal([(2, 2), (4, 1)], copied.Issues.Select(i => (i.Line ?? 0, i.Occurrences)));
        Assert.Equal(tally.Source, copy.Source);
        Assert.Equal(tally.MaxIssues, copy.MaxIssues);
    }

    [Fact]
    public void HandOver_HeirKeepsEverythingAndTheOldTallyRefusesUse()
    {
        var tally = new SourceTally("staff.csv", maxIssues: 7);
        tally.Count();
        tally.Exclude(ExclusionRule.Leaver, "Leaver");
        tally.Reject(4, "Pay Band", WresErrorCodes.UnrecognisedGrade, "Not a band.");
        var changes = tally.Changes;

        var heir = tally.HandOver();

        var quality = heir.ToQuality();
        Assert.Equal((3, 1, 1, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal([new ExclusionCount(ExclusionRule.Leaver, "Leaver", 1)], quality.Exclusions);
        Assert.Equal([4], quality.Issues.Select(i => i.Line));
        Assert.Equal((changes, 7), (heir.Changes, heir.MaxIssues));
        var refused = Assert.Throws<ObjectDisposedException>(tally.Count);
        Assert.Contains("The tally of staff.csv belongs to an accumulator that has been merged into another one", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ObjectDisposedException>(() => tally.Exclude(ExclusionRule.Leaver));
        Assert.Throws<ObjectDisposedException>(() => tally.Reject(1, null, WresErrorCodes.MalformedCsv, "x"));
        Assert.Throws<ObjectDisposedException>(() => tally.Warn(1, null, WresErrorCodes.MalformedCsv, "x"));
        Assert.Throws<ObjectDisposedException>(() => tally.Note(1, null, WresErrorCodes.MalformedCsv, "x"));
        Assert.Throws<ObjectDisposedException>(() => tally.AddFinding(1, "c", WresErrorCodes.MalformedCsv, IssueSeverity.Note, "x", 1));
        Assert.Throws<ObjectDisposedException>(() => tally.AddFileFinding(WresErrorCodes.MalformedCsv, IssueSeverity.Note, "x"));
        Assert.Throws<ObjectDisposedException>(() => tally.ToQuality());
    }

    [Fact]
    public void Changes_MovesOnWithEveryCountExclusionAndFinding()
    {
        var tally = new SourceTally("staff.csv");
        var seen = new List<int> { tally.Changes };

        tally.Count();
        seen.Add(tally.Changes);
        tally.Exclude(ExclusionRule.Leaver);
        seen.Add(tally.Changes);
        tally.Warn(2, null, WresErrorCodes.UnrecognisedEthnicity, "x");
        seen.Add(tally.Changes);
        tally.Note(2, null, WresErrorCodes.EthnicityMatchedByLabel, "x");
        seen.Add(tally.Changes);
        tally.Merge(new SourceTally("staff.csv"));
        seen.Add(tally.Changes);

        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.True(seen.SequenceEqual(seen.Order()));
    }

    [Fact]
    public void ToQuality_ListsExclusionsByRuleThenDetailAndIssuesByLineCodeColumnMessage()
    {
        var tally = new SourceTally("staff.csv");
        tally.Exclude(ExclusionRule.Leaver);
        tally.Exclude(ExclusionRule.ExcludedAssignmentCategory, "Honorary");
        tally.Exclude(ExclusionRule.ExcludedAssignmentCategory, "Bank");
        tally.Exclude(ExclusionRule.OutsideReportingYear);
        tally.Warn(5, "B", "WRES202", "m");
        tally.Warn(5, "A", "WRES202", "m");
        tally.Warn(5, "A", "WRES201", "z");
        tally.Warn(5, "A", "WRES201", "a");
        tally.Warn(2, "Z", "WRES299", "m");
        tally.AddFileFinding("WRES900", IssueSeverity.Note, "file");

        var quality = tally.ToQuality();

        Assert.Equal(
            [(ExclusionRule.OutsideReportingYear, null), (ExclusionRule.ExcludedAssignmentCategory, "Bank"), (ExclusionRule.ExcludedAssignmentCategory, "Honorary"), (ExclusionRule.Leaver, (string?)null)],
            quality.Exclusions.Select(e => (e.Rule, e.Detail)));
        Assert.Equal(
            [(null, "WRES900", null, "file"), (2, "WRES299", "Z", "m"), (5, "WRES201", "A", "a"), (5, "WRES201", "A", "z"), (5, "WRES202", "A", "m"), ((int?)5, "WRES202", (string?)"B", "m")],
            quality.Issues.Select(i => (i.Line, i.Code, i.Column, i.Message)));
    }

    [Fact]
    public void KeepEarliest_FullOfFoldedAndFileFindings_OmitsTheNewcomer()
    {
        var tally = new SourceTally("staff.csv", maxIssues: 2);
        tally.AddFileFinding(WresErrorCodes.ReadAsWindows1252, IssueSeverity.Note, "1252.");
        tally.AddFinding(30, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, IssueSeverity.Warning, "Q.", 4);

        tally.Warn(1, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "Earlier, but nothing can make room for it.");
        tally.AddFinding(2, "Pay Band", WresErrorCodes.UnrecognisedGrade, IssueSeverity.Warning, "X.", 3);
        var quality = tally.ToQuality();

        Assert.Equal([null, 30], quality.Issues.Select(i => i.Line));
        Assert.Equal(4, quality.IssuesOmitted);
    }

    [Fact]
    public void KeepEarliest_ReplacesTheLatestAndCountsItsOccurrencesAsOmitted()
    {
        var tally = new SourceTally("staff.csv", maxIssues: 2);
        tally.Warn(9, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "Nine.");
        tally.Warn(7, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "Seven.");

        tally.Warn(8, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "Eight.");
        tally.Warn(8, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "Eight again.");
        tally.Warn(10, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, "Ten.");
        var quality = tally.ToQuality();

        Assert.Equal(["Seven.", "Eight again."], quality.Issues.Select(i => i.Message));
        Assert.Equal(3, quality.IssuesOmitted);
    }

    [Fact]
    public void AddFinding_NoOccurrence_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceTally("staff.csv").AddFinding(2, Ethnicity, WresErrorCodes.UnrecognisedEthnicity, IssueSeverity.Warning, "Q.", 0));

    [Fact]
    public void Reject_NullRule_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => new SourceTally("staff.csv").Reject<string>(2, null!));
}
