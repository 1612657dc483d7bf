using Wres.Core.Ethnicity;

namespace Wres.Core.Tests.Ethnicity;

public class DetailedEthnicGroupsTests
{
    [Theory]
    [InlineData("A", DetailedEthnicGroup.WhiteBritish)]
    [InlineData("B", DetailedEthnicGroup.WhiteIrish)]
    [InlineData("C", DetailedEthnicGroup.WhiteOther)]
    [InlineData("D", DetailedEthnicGroup.Mixed)]
    [InlineData("E", DetailedEthnicGroup.Mixed)]
    [InlineData("F", DetailedEthnicGroup.Mixed)]
    [InlineData("G", DetailedEthnicGroup.Mixed)]
    [InlineData("H", DetailedEthnicGroup.Asian)]
    [InlineData("J", DetailedEthnicGroup.Asian)]
    [InlineData("K", DetailedEthnicGroup.Asian)]
    [InlineData("L", DetailedEthnicGroup.Asian)]
    [InlineData("M", DetailedEthnicGroup.Black)]
    [InlineData("N", DetailedEthnicGroup.Black)]
    [InlineData("P", DetailedEthnicGroup.Black)]
    [InlineData("R", DetailedEthnicGroup.Chinese)]
    [InlineData("S", DetailedEthnicGroup.Other)]
    [InlineData("Z", DetailedEthnicGroup.Unknown)]
    [InlineData("99", DetailedEthnicGroup.Unknown)]
    public void DetailedGroup_NationalCode_IsItsRulesGroup(string code, DetailedEthnicGroup expected) =>
        Assert.Equal(expected, EthnicCategory.Parse(code).DetailedGroup());

    public static TheoryData<string, DetailedEthnicGroup> ExtendedCodes()
    {
        var data = new TheoryData<string, DetailedEthnicGroup>();
        foreach (var (codes, group) in new[]
        {
            ("C2 C3 CA CB CC CD CE CF CG CH CJ CK CL CM CN CP CQ CR CS CT CU CV CW CX CY", DetailedEthnicGroup.WhiteOther),
            ("GA GB GC GD GE GF", DetailedEthnicGroup.Mixed),
            ("LA LB LC LD LE LF LG LH LJ LK", DetailedEthnicGroup.Asian),
            ("PA PB PC PD PE", DetailedEthnicGroup.Black),
            ("SA SB SC SD SE", DetailedEthnicGroup.Other),
        })
        {
            foreach (var code in codes.Split(' '))
            {
                data.Add(code, group);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExtendedCodes))]
    public void DetailedGroup_ExtendedCode_IsItsNationalCodesGroup(string code, DetailedEthnicGroup expected) =>
        Assert.Equal(expected, EthnicCategory.Parse(code).DetailedGroup());

    [Fact]
    public void DetailedGroup_EveryExtendedCode_IsCovered() =>
        Assert.Equal(EthnicCategory.ExtendedCategories.Count, ExtendedCodes().Count);

    [Theory]
    [InlineData(EthnicGroup.White, DetailedEthnicGroup.WhiteOther)]
    [InlineData(EthnicGroup.Bme, DetailedEthnicGroup.Other)]
    [InlineData(EthnicGroup.Unknown, DetailedEthnicGroup.Unknown)]
    public void DetailedGroup_LocalCode_FollowsItsWresGroup(EthnicGroup group, DetailedEthnicGroup expected) =>
        Assert.Equal(expected, EthnicCategory.Local("AX", "Local code", group).DetailedGroup());

    [Fact]
    public void DetailedGroup_LocalCodeLookingLikeANationalLetter_IsNotReadByItsLetter()
    {
        // "R1" is not a built-in code; registered as White it is White other, never Chinese by its first letter.
        Assert.Equal(DetailedEthnicGroup.WhiteOther, EthnicCategory.Local("R1", "Local White", EthnicGroup.White).DetailedGroup());
        Assert.Equal(DetailedEthnicGroup.Other, EthnicCategory.Local("A9", "Local BME", EthnicGroup.Bme).DetailedGroup());
    }

    [Fact]
    public void DetailedGroup_Null_IsUnknown() =>
        Assert.Equal(DetailedEthnicGroup.Unknown, ((EthnicCategory?)null).DetailedGroup());

    [Fact]
    public void Detailed_OfEveryCategory_IsItsDetailedGroupWorkedOutOnce()
    {
        foreach (var category in EthnicCategory.All.Append(EthnicCategory.Local("AX", "Local", EthnicGroup.Bme)).Append(EthnicCategory.Local("AY", "Local", EthnicGroup.White)))
        {
            Assert.Equal(category.DetailedGroup(), category.Detailed);
        }
    }

    [Fact]
    public void DetailedGroup_EveryBuiltInCategory_LiesWithinItsWresGroup()
    {
        foreach (var category in EthnicCategory.All)
        {
            Assert.Equal(category.Group, DetailedEthnicTally.GroupOf(category.DetailedGroup()));
        }
    }
}
