using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

public class StaffEntryTests
{
    public static TheoryData<int, int, int, int, int, bool, AssignmentCategory, bool, int> Facts() => new()
    {
        { 0, 0, 0, 0, 0, false, AssignmentCategory.Unknown, false, 0 },
        { 1, 2, 3, 17, 14, true, AssignmentCategory.Other, true, 2 },
        { 2, 1, 1, 5, 6, false, AssignmentCategory.Bank, true, 7 },
        { 1, 0, 2, 15, 0, true, AssignmentCategory.Permanent, false, 1 },
        { 0, 2, 3, 16, 13, false, AssignmentCategory.Honorary, true, 8 },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void Packed_EveryField_ReadsBackAsPacked(
        int ethnicity, int disability, int segment, int row, int rank, bool primary, AssignmentCategory category, bool inScope, int detail)
    {
        var entry = new StaffEntry
        {
            Packed = StaffEntry.Pack(ethnicity, disability, segment, row, rank, primary, category, detail) | (inScope ? StaffEntry.InScopeBit : 0) | StaffEntry.LeaverBit,
        };

        Assert.Equal(ethnicity, entry.Ethnicity);
        Assert.Equal(disability, entry.Disability);
        Assert.Equal(segment, entry.Segment);
        Assert.Equal(row, entry.Row);
        Assert.Equal(rank, entry.Rank);
        Assert.Equal(primary, entry.Primary);
        Assert.Equal(inScope, entry.InScope);
        Assert.True(entry.Leaver);
        Assert.Equal(detail, entry.Detail);
    }

    [Fact]
    public void Content_IgnoresRankAndPrimaryOnly()
    {
        static uint Pack(int row = 4, int rank = 5, bool primary = true, AssignmentCategory category = AssignmentCategory.Locum, int detail = 3) =>
            StaffEntry.Pack(2, 2, 3, row, rank, primary, category, detail);
        var entry = new StaffEntry { Packed = Pack() | StaffEntry.InScopeBit };

        var otherRank = new StaffEntry { Packed = Pack(rank: 9, primary: false) | StaffEntry.InScopeBit };
        var otherRow = new StaffEntry { Packed = Pack(row: 6) | StaffEntry.InScopeBit };
        var otherCategory = new StaffEntry { Packed = Pack(category: AssignmentCategory.FixedTerm) | StaffEntry.InScopeBit };
        var outOfScope = new StaffEntry { Packed = Pack() };
        var otherDetail = new StaffEntry { Packed = Pack(detail: 4) | StaffEntry.InScopeBit };

        Assert.Equal(entry.Content, otherRank.Content);
        Assert.NotEqual(entry.Content, otherRow.Content);
        Assert.NotEqual(entry.Content, otherCategory.Content);
        Assert.NotEqual(entry.Content, outOfScope.Content);
        Assert.NotEqual(entry.Content, otherDetail.Content);
    }

    [Fact]
    public void Content_DetailedGroup_SeparatesOnlyRowsAlikeInEverythingElse()
    {
        // The detailed group orders last: a row lower in every other fact stays lower whatever its detailed group, so
        // the tie-break among rows that differ otherwise is what it was before the detailed group was kept.
        var lowRowHighDetail = new StaffEntry { Packed = StaffEntry.Pack(2, 0, 1, 3, 0, false, AssignmentCategory.Permanent, 8) };
        var highRowLowDetail = new StaffEntry { Packed = StaffEntry.Pack(2, 0, 1, 4, 0, false, AssignmentCategory.Permanent, 3) };
        var sameRowLowerDetail = new StaffEntry { Packed = StaffEntry.Pack(2, 0, 1, 3, 0, false, AssignmentCategory.Permanent, 4) };

        Assert.True(lowRowHighDetail.Content < highRowLowDetail.Content);
        Assert.True(sameRowLowerDetail.Content < lowRowHighDetail.Content);
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
