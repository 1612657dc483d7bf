using Wres.Core.Validation;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Tests.Internal;

public class LabelsTests
{
    private static readonly ExclusionRule[] Named = [.. Enum.GetValues<ExclusionRule>().Where(r => r != ExclusionRule.Unknown)];

    public static TheoryData<ExclusionRule> Rules() => [.. Named];

    [Theory]
    [MemberData(nameof(Rules))]
    public void ExclusionRuleText_EveryRule_IsWordsNotTheEnumName(ExclusionRule rule)
    {
        var text = Labels.ExclusionRuleText(rule);

        Assert.NotEqual(rule.ToString(), text);
        Assert.Contains(' ', text);
    }

    [Fact]
    public void ExclusionRuleText_EveryRule_Distinct() =>
        Assert.Equal(Named.Length, Named.Select(Labels.ExclusionRuleText).Distinct(StringComparer.Ordinal).Count());
}
