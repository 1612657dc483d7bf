using Wres.Core.Ethnicity;

namespace Wres.Core.Tests.Ethnicity;

public class EthnicityOptionsTests
{
    [Fact]
    public void CopyTo_ATargetWithOtherSettings_HoldsOnlyTheSource()
    {
        var source = new EthnicityOptions { BmeLabel = "Global majority" };
        source.LocalCodes.Add(EthnicCategory.Local("CZ", "White - Manx", EthnicGroup.White));
        source.ExtraLabels["Kashmiri"] = EthnicCategory.Parse("L");
        var target = new EthnicityOptions();
        target.LocalCodes.Add(EthnicCategory.Local("XY", "Local", EthnicGroup.Bme));
        target.ExtraLabels["Cornish"] = EthnicCategory.WhiteBritish;

        source.CopyTo(target);

        Assert.Equal("Global majority", target.BmeLabel);
        Assert.Equal(["CZ"], target.LocalCodes.Select(c => c.Code));
        Assert.Equal([new KeyValuePair<string, EthnicCategory>("Kashmiri", EthnicCategory.Parse("L"))], target.ExtraLabels);
    }

    [Fact]
    public void CopyTo_IsACopy_ChangingTheSourceAfterwardsChangesNothingInTheTarget()
    {
        var source = new EthnicityOptions();
        source.LocalCodes.Add(EthnicCategory.Local("CZ", "White - Manx", EthnicGroup.White));
        var target = new EthnicityOptions();

        source.CopyTo(target);
        source.LocalCodes.Clear();
        source.ExtraLabels["Kashmiri"] = EthnicCategory.Parse("L");

        Assert.Single(target.LocalCodes);
        Assert.Empty(target.ExtraLabels);
    }
}
