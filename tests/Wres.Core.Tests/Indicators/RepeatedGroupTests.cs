using Wres.Core.Ethnicity;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;

namespace Wres.Core.Tests.Indicators;

/// <summary>
/// A group recorded on more than one of a person's rows is still that person's group: the groups seen across rows are a
/// set, so seeing one again never takes it away (a conflict is two different groups, however often each appears).
/// </summary>
public class RepeatedGroupTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    public static TheoryData<string, string, string> ThreeAssignments() => new()
    {
        { "A", "A", "H" },
        { "H", "A", "A" },
        { "A", "H", "H" },
    };

    [Theory]
    [MemberData(nameof(ThreeAssignments))]
    public void Workforce_TwoGroupsOneOfThemTwice_IsOneConflict(string first, string second, string third)
    {
        var staff = new[]
        {
            Valid.Staff("1", EthnicCategory.Parse(first)) with { AssignmentNumber = "1-1", IsPrimary = true },
            Valid.Staff("1", EthnicCategory.Parse(second)) with { AssignmentNumber = "1-2", IsPrimary = false },
            Valid.Staff("1", EthnicCategory.Parse(third)) with { AssignmentNumber = "1-3", IsPrimary = false },
        };

        var report = Calculator.Calculate(new WresDataset { Staff = staff }, Year);

        var issue = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "staff").Issues);
        Assert.Equal((WresErrorCodes.ConflictingEthnicity, 1), (issue.Code, issue.Line!.Value));
    }

    [Fact]
    public void Workforce_SameGroupOnEveryAssignment_IsNoConflict()
    {
        var staff = new[]
        {
            Valid.Staff("1", EthnicCategory.AsianIndian) with { AssignmentNumber = "1-1", IsPrimary = true },
            Valid.Staff("1", EthnicCategory.AsianPakistani) with { AssignmentNumber = "1-2", IsPrimary = false },
            Valid.Staff("1", EthnicCategory.BlackAfrican) with { AssignmentNumber = "1-3", IsPrimary = false },
        };

        var report = Calculator.Calculate(new WresDataset { Staff = staff }, Year);

        Assert.Empty(report.DataQuality.Sources.Single(s => s.Source == "staff").Issues);
        Assert.Equal(new GroupTally(0, 1, 0), report.Workforce);
    }

    [Fact]
    public void FormalProcess_OwnGroupAndAJoinedCaseAgree_IsThatGroup()
    {
        // One case records White; the other records nothing and takes the staff file's White: still White, no conflict.
        var staff = new[] { Valid.Staff("W0", EthnicCategory.WhiteBritish), Valid.Staff("B0", EthnicCategory.BlackAfrican) };
        var cases = new[]
        {
            Valid.Case("C1", "W0") with { EthnicOrigin = EthnicCategory.WhiteIrish },
            Valid.Case("C2", "W0"),
        };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, Cases = cases }, Year);

        Assert.Equal((1, 0, 0), (report.FormalProcess.Reference.Events, report.FormalProcess.Focus.Events, report.FormalProcess.Unknown.Events));
        Assert.Empty(report.DataQuality.Sources.Single(s => s.Source == "disciplinary").Issues);
    }

    [Fact]
    public void FormalProcess_CasesRecordOneGroupTwiceAndAnotherOnce_IsAConflictTheStaffFileDecides()
    {
        var staff = new[] { Valid.Staff("W0", EthnicCategory.WhiteBritish), Valid.Staff("B0", EthnicCategory.BlackAfrican) };
        var cases = new[]
        {
            Valid.Case("C1", "W0") with { EthnicOrigin = EthnicCategory.WhiteBritish },
            Valid.Case("C2", "W0") with { EthnicOrigin = EthnicCategory.WhiteOther },
            Valid.Case("C3", "W0") with { EthnicOrigin = EthnicCategory.AsianIndian },
        };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, Cases = cases }, Year);

        Assert.Equal((1, 0, 0), (report.FormalProcess.Reference.Events, report.FormalProcess.Focus.Events, report.FormalProcess.Unknown.Events));
        var issue = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "disciplinary").Issues);
        Assert.Equal((WresErrorCodes.ConflictingCaseEthnicity, 1), (issue.Code, issue.Line!.Value));
    }
}
