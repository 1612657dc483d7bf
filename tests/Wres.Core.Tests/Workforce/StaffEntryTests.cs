using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

public class StaffEntryTests
{
    public static TheoryData<int, int, int, int, int, bool, AssignmentCategory, bool> Facts() => new()
    {
        { 0, 0, 0, 0, 0, false, AssignmentCategory.Unknown, false },
        { 1, 2, 3, 17, 14, true, AssignmentCategory.Other, true },
        { 2, 1, 1, 5, 6, false, AssignmentCategory.Bank, true },
        { 1, 0, 2, 15, 0, true, AssignmentCategory.Permanent, false },
        { 0, 2, 3, 16, 13, false, AssignmentCategory.Honorary, true },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void Packed_EveryField_ReadsBackAsPacked(
        int ethnicity, int disability, int segment, int row, int rank, bool primary, AssignmentCategory category, bool inScope)
    {
        var entry = new StaffEntry { Packed = StaffEntry.Pack(ethnicity, disability, segment, row, rank, primary, category) | (inScope ? StaffEntry.InScopeBit : 0) };

        Assert.Equal(ethnicity, entry.Ethnicity);
        Assert.Equal(disability, entry.Disability);
        Assert.Equal(segment, entry.Segment);
        Assert.Equal(row, entry.Row);
        Assert.Equal(rank, entry.Rank);
        Assert.Equal(primary, entry.Primary);
        Assert.Equal(inScope, entry.InScope);
    }

    [Fact]
    public void Content_IgnoresRankAndPrimaryOnly()
    {
        static uint Pack(int row = 4, int rank = 5, bool primary = true, AssignmentCategory category = AssignmentCategory.Locum) =>
            StaffEntry.Pack(1, 2, 3, row, rank, primary, category);
        var entry = new StaffEntry { Packed = Pack() | StaffEntry.InScopeBit };

        var otherRank = new StaffEntry { Packed = Pack(rank: 9, primary: false) | StaffEntry.InScopeBit };
        var otherRow = new StaffEntry { Packed = Pack(row: 6) | StaffEntry.InScopeBit };
        var otherCategory = new StaffEntry { Packed = Pack(category: AssignmentCategory.FixedTerm) | StaffEntry.InScopeBit };
        var outOfScope = new StaffEntry { Packed = Pack() };

        Assert.Equal(entry.Content, otherRank.Content);
        Assert.NotEqual(entry.Content, otherRow.Content);
        Assert.NotEqual(entry.Content, otherCategory.Content);
        Assert.NotEqual(entry.Content, outOfScope.Content);
    }

    [Fact]
    public void Move_ShiftsOffsetAndLine()
    {
        var entry = new StaffEntry { Offset = 10, Line = 3, KeyHash = 42 };

        entry.Move(100, 7);

        Assert.Equal(110, entry.Offset);
        Assert.Equal(10, entry.Line);
        Assert.Equal(42UL, entry.Hash);
    }
}
