using System.Text.Json;
using Wres.Core;
using Wres.Core.Workforce;
using Wres.Reporting.Contract;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Contract;

public class ReportJsonTests
{
    [Theory]
    [InlineData("white", "nonDisabled")]
    [InlineData("bme", "disabled")]
    [InlineData("knownBmePercent", "knownDisabledPercent")]
    [InlineData("whiteRespondentsSuppressed", "nonDisabledRespondentsSuppressed")]
    [InlineData("adverseToBme", "adverseToDisabled")]
    [InlineData("workforceBmePercent", "workforceDisabledPercent")]
    [InlineData("headcount", "headcount")]
    [InlineData("ci95", "ci95")]
    [InlineData("pValue", "pValue")]
    [InlineData("whitespace", "whitespace")]
    public void InStandard_Wdes_SwapsTheGroupWordsOnly(string wres, string wdes)
    {
        Assert.Equal(wdes, ReportJson.InStandard(wres, EqualityStandard.Wdes));
        Assert.Equal(wres, ReportJson.InStandard(wres, EqualityStandard.Wres));
    }

    [Theory]
    [InlineData(nameof(LikelihoodIndicatorDto.PValue), "pValue")]
    [InlineData(nameof(LikelihoodIndicatorDto.Ci95), "ci95")]
    [InlineData(nameof(RowDto.IsTotal), "isTotal")]
    [InlineData(nameof(WorkforceFiguresDto.KnownBmePercent), "knownBmePercent")]
    public void Key_PropertyName_IsCamelCase(string property, string key) => Assert.Equal(key, ReportJson.Key(property));

    [Fact]
    public void Write_Selection_EveryRuleHasItsKey()
    {
        using var document = JsonDocument.Parse(Schemas.Json(Reports.Full()));
        var selection = document.RootElement.GetProperty("workforce").GetProperty("selection");

        Assert.Equal(
            Enum.GetValues<SelectionRule>().Where(r => r != SelectionRule.Unknown).Select(r => r.ToString()),
            selection.EnumerateObject().Select(p => p.Name));
    }
}
