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
        var facts = new StaffFacts
        {
            Ethnicity = (byte)ethnicity,
            Disability = (byte)disability,
            Segment = (byte)segment,
            Row = (byte)row,
            Rank = (byte)rank,
            Primary = primary,
            Category = category,
        };

        var entry = new StaffEntry { Packed = facts.Pack() | (inScope ? StaffEntry.InScopeBit : 0) };

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
        var facts = new StaffFacts { Ethnicity = 1, Disability = 2, Segment = 3, Row = 4, Rank = 5, Primary = true, Category = AssignmentCategory.Locum };
        var entry = new StaffEntry { Packed = facts.Pack() | StaffEntry.InScopeBit };

        var otherRank = new StaffEntry { Packed = (facts with { Rank = 9, Primary = false }).Pack() | StaffEntry.InScopeBit };
        var otherRow = new StaffEntry { Packed = (facts with { Row = 6 }).Pack() | StaffEntry.InScopeBit };
        var otherCategory = new StaffEntry { Packed = (facts with { Category = AssignmentCategory.FixedTerm }).Pack() | StaffEntry.InScopeBit };
        var outOfScope = new StaffEntry { Packed = facts.Pack() };

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
