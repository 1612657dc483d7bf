using Wres.Core.Ethnicity;

namespace Wres.Core.Tests.Ethnicity;

public class DetailedEthnicTallyTests
{
    private static DetailedEthnicTally Tally(params int[] counts) => new(counts);

    [Fact]
    public void Groups_SumsTheDetailedGroupsIntoWhiteBmeAndUnknown()
    {
        var tally = Tally(1, 2, 3, 4, 5, 6, 7, 8, 9);

        Assert.Equal(new GroupTally(1 + 2 + 3, 4 + 5 + 6 + 7 + 8, 9), tally.Groups);
        Assert.Equal(45, tally.Total);
    }

    [Fact]
    public void Indexer_EachGroup_ReadsItsOwnCount()
    {
        var tally = Tally(10, 11, 12, 13, 14, 15, 16, 17, 18);

        for (var d = 0; d < 9; d++)
        {
            Assert.Equal(10 + d, tally[(DetailedEthnicGroup)d]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => tally[(DetailedEthnicGroup)9]);
        Assert.Throws<ArgumentOutOfRangeException>(() => tally[(DetailedEthnicGroup)(-1)]);
    }

    [Fact]
    public void Equals_SameCounts_AreEqual_OneDifferent_AreNot()
    {
        var tally = Tally(1, 0, 0, 2, 0, 0, 0, 0, 3);

        Assert.Equal(Tally(1, 0, 0, 2, 0, 0, 0, 0, 3), tally);
        Assert.Equal(Tally(1, 0, 0, 2, 0, 0, 0, 0, 3).GetHashCode(), tally.GetHashCode());
        Assert.NotEqual(Tally(1, 0, 0, 2, 0, 0, 0, 1, 3), tally);
        Assert.False(tally.Equals(null));
    }

    [Fact]
    public void GetHashCode_TalliesWithTheirCountsInDifferentGroups_Differ()
    {
        // Not a promise of the contract, but a hash that ignored the counts would put every tally in one bucket.
        var hashes = Enumerable.Range(0, 9).Select(d => Tally(Enumerable.Range(0, 9).Select(g => g == d ? 5 : 0).ToArray()).GetHashCode());

        Assert.Equal(9, hashes.Distinct().Count());
    }

    [Fact]
    public void ToString_NamesEveryGroup() =>
        Assert.Equal(
            "WhiteBritish 1, WhiteIrish 0, WhiteOther 0, Mixed 0, Asian 0, Black 0, Chinese 2, Other 0, Unknown 3",
            Tally(1, 0, 0, 0, 0, 0, 2, 0, 3).ToString());
}
