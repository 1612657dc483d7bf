using Wres.Core.Ethnicity;

namespace Wres.Core.Tests.Ethnicity;

public class DetailedEthnicGroupsTests
{
    [Theory]
    [InlineData("A", DetailedEthnicGroup.WhiteBritish)]
    [InlineData("B", DetailedEthnicGroup.WhiteIrish)]
    [InlineData("C", DetailedEthnicGroup.WhiteOther)]
    [InlineData("C2", DetailedEthnicGroup.WhiteOther)]
    [InlineData("CL", DetailedEthnicGroup.WhiteOther)]
    [InlineData("CN", DetailedEthnicGroup.WhiteOther)]
    [InlineData("D", DetailedEthnicGroup.Mixed)]
    [InlineData("E", DetailedEthnicGroup.Mixed)]
    [InlineData("F", DetailedEthnicGroup.Mixed)]
    [InlineData("G", DetailedEthnicGroup.Mixed)]
    [InlineData("GD", DetailedEthnicGroup.Mixed)]
    [InlineData("H", DetailedEthnicGroup.Asian)]
    [InlineData("J", DetailedEthnicGroup.Asian)]
    [InlineData("K", DetailedEthnicGroup.Asian)]
    [InlineData("L", DetailedEthnicGroup.Asian)]
    [InlineData("LK", DetailedEthnicGroup.Asian)]
    [InlineData("M", DetailedEthnicGroup.Black)]
    [InlineData("N", DetailedEthnicGroup.Black)]
    [InlineData("P", DetailedEthnicGroup.Black)]
    [InlineData("PC", DetailedEthnicGroup.Black)]
    [InlineData("R", DetailedEthnicGroup.Chinese)]
    [InlineData("S", DetailedEthnicGroup.Other)]
    [InlineData("SA", DetailedEthnicGroup.Other)]
    [InlineData("Z", DetailedEthnicGroup.Unknown)]
    [InlineData("99", DetailedEthnicGroup.Unknown)]
    public void DetailedGroup_NationalAndExtendedCodes_FallUnderTheirNationalCodesGroup(string code, DetailedEthnicGroup expected) =>
        Assert.Equal(expected, EthnicCategory.Parse(code).DetailedGroup());

    [Fact]
    public void DetailedGroup_Blank_IsUnknown() => Assert.Equal(DetailedEthnicGroup.Unknown, ((EthnicCategory?)null).DetailedGroup());

    [Theory]
    [InlineData(EthnicGroup.White, DetailedEthnicGroup.WhiteOther)]
    [InlineData(EthnicGroup.Bme, DetailedEthnicGroup.Other)]
    [InlineData(EthnicGroup.Unknown, DetailedEthnicGroup.Unknown)]
    public void DetailedGroup_LocalCode_ByTheGroupItWasRegisteredWith(EthnicGroup group, DetailedEthnicGroup expected) =>
        Assert.Equal(expected, EthnicCategory.Local("A9", "Local code", group).DetailedGroup());

    [Fact]
    public void DetailedGroup_EveryBuiltInCategory_IsWithinItsWresGroup()
    {
        // The detailed groups must add up to the White, BME and Unknown figures.
        foreach (var category in EthnicCategory.All)
        {
            var expected = category.DetailedGroup() switch
            {
                DetailedEthnicGroup.WhiteBritish or DetailedEthnicGroup.WhiteIrish or DetailedEthnicGroup.WhiteOther => EthnicGroup.White,
                DetailedEthnicGroup.Unknown => EthnicGroup.Unknown,
                _ => EthnicGroup.Bme,
            };
            Assert.True(expected == category.Group, $"{category.Code} is {category.DetailedGroup()} but {category.Group}.");
        }
    }

    [Fact]
    public void DetailedEthnicGroup_HasTheNineGroupsOfTheRulesInOrder() =>
        Assert.Equal(
            ["WhiteBritish", "WhiteIrish", "WhiteOther", "Mixed", "Asian", "Black", "Chinese", "Other", "Unknown"],
            Enum.GetNames<DetailedEthnicGroup>());
}
