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
            tally.Counted();
            tally.Warning(line, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, $"Line {line}.");
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
        tally.Warning(50, "Ethnic Origin", WresErrorCodes.UnrecognisedEthnicity, "Unrecognised 'Q'.", fold: true);
        tally.Warning(40, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, "Line 40.");
        tally.Warning(10, "Employee Number", WresErrorCodes.CaseEmployeeNotInStaff, "Line 10.");
        tally.Warning(60, "Ethnic Origin", WresErrorCodes.UnrecognisedEthnicity, "Unrecognised 'Q'.", fold: true);

        var quality = tally.ToQuality();

        Assert.Equal([10, 50], quality.Issues.Select(i => i.Line));
        Assert.Equal(2, quality.Issues.Single(i => i.Code == WresErrorCodes.UnrecognisedEthnicity).Occurrences);
        Assert.Equal(1, quality.IssuesOmitted);
    }
}
