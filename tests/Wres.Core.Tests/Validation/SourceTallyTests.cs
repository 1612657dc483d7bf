using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Validation;

namespace Wres.Core.Tests.Validation;

public class SourceTallyTests
{
    private static SourceQuality Warn(IEnumerable<int> lines, int maxIssues)
    {
        var tally = new SourceTally("staff.csv", maxIssues);
        foreach (var line in lines)
        {
            tally.Count();
            tally.Warn(line, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, $"Line {line}.");
        }

        return tally.ToQuality();
    }

    [Property(MaxTest = 200)]
    public Property Issues_BeyondTheLimit_TheEarliestAreKeptWhateverTheOrder() =>
        Prop.ForAll(
            Gen.Choose(1, 60).ArrayOf().ToArbitrary(),
            Gen.Choose(1, 10).ToArbitrary(),
            ArbMap.Default.ArbFor<int>(),
            (lines, max, seed) =>
            {
                var random = new Random(seed);
                var shuffled = Warn(lines.OrderBy(_ => random.Next()), max);
                var sorted = Warn(lines.Order(), max);
                return shuffled.Issues.Select(i => i.Line).SequenceEqual(sorted.Issues.Select(i => i.Line))
                    && shuffled.Issues.Select(i => i.Line).SequenceEqual(lines.Order().Take(max).Select(l => (int?)l))
                    && shuffled.IssuesOmitted == Math.Max(0, lines.Length - max);
            });

    [Fact]
    public void Issues_FoldedFindingKeepsItsPlace_WhenLaterOnesCompete()
    {
        var tally = new SourceTally("staff.csv", 2);
        tally.AddFinding(50, "Ethnic Origin", WresErrorCodes.UnrecognisedEthnicity, IssueSeverity.Warning, "Unrecognised 'Q'.", 1);
        tally.Warn(40, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, "Line 40.");
        tally.Warn(10, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, "Line 10.");
        tally.AddFinding(60, "Ethnic Origin", WresErrorCodes.UnrecognisedEthnicity, IssueSeverity.Warning, "Unrecognised 'Q'.", 1);

        var quality = tally.ToQuality();

        Assert.Equal([10, 50], quality.Issues.Select(i => i.Line));
        Assert.Equal(2, quality.Issues.Single(i => i.Code == WresErrorCodes.UnrecognisedEthnicity).Occurrences);
        Assert.Equal(1, quality.IssuesOmitted);
    }

    [Fact]
    public void ToQuality_EveryRowCountedExcludedOrRejected_Reconciles()
    {
        var tally = new SourceTally("board.csv");
        tally.Count();
        tally.Exclude(ExclusionRule.OutsideReportingYear);
        tally.Reject(4, "Voting", WresErrorCodes.InvalidYesNo, "Voting 'maybe' is not Yes or No.");
        tally.Reject(5, RecordRules.Present("Member"));
        tally.Warn(2, "Ethnic Origin", WresErrorCodes.UnrecognisedEthnicity, "Unrecognised.");
        tally.Note(2, "Ethnic Origin", WresErrorCodes.EthnicityMatchedByLabel, "By label.");
        tally.AddFileFinding(WresErrorCodes.ReadAsWindows1252, IssueSeverity.Note, "Read as Windows-1252.");

        var quality = tally.ToQuality();

        Assert.Equal((4, 1, 1, 2), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.True(quality.Reconciles);
        Assert.Equal(4, tally.RowsRead);
        Assert.Equal([null, 2, 2, 4, 5], quality.Issues.Select(i => i.Line));
        Assert.Equal(("Member", WresErrorCodes.RequiredValueMissing), (quality.Issues[^1].Column, quality.Issues[^1].Code));
    }

    [Fact]
    public void AddFinding_SameFindingTwice_IsFoldedWithTheEarliestLineAndBothCounts()
    {
        var tally = new SourceTally("staff.csv");

        tally.AddFinding(9, "Pay Band", WresErrorCodes.UnrecognisedGrade, IssueSeverity.Warning, "Pay band 'X' is not recognised.", 3);
        tally.AddFinding(4, "Pay Band", WresErrorCodes.UnrecognisedGrade, IssueSeverity.Warning, "Pay band 'X' is not recognised.", 2);

        var issue = Assert.Single(tally.ToQuality().Issues);
        Assert.Equal((4, 5), (issue.Line, issue.Occurrences));
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddFinding(1, "Pay Band", WresErrorCodes.UnrecognisedGrade, IssueSeverity.Warning, "x", 0));
    }

    [Fact]
    public void Constructor_BlankSourceOrNegativeLimit_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SourceTally(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceTally("staff.csv", -1));
    }
}
