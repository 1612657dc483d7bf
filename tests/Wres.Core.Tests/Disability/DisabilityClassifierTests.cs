using Wres.Core.Disability;

namespace Wres.Core.Tests.Disability;

public class DisabilityClassifierTests
{
    [Theory]
    [InlineData("Yes", DisabilityGroup.Disabled, DisabilityMatch.Declared)]
    [InlineData(" yes ", DisabilityGroup.Disabled, DisabilityMatch.Declared)]
    [InlineData("YES", DisabilityGroup.Disabled, DisabilityMatch.Declared)]
    [InlineData("No", DisabilityGroup.NonDisabled, DisabilityMatch.Declared)]
    [InlineData("no", DisabilityGroup.NonDisabled, DisabilityMatch.Declared)]
    [InlineData("Not Declared", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("Prefer Not To Answer", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("", DisabilityGroup.Unknown, DisabilityMatch.Blank)]
    [InlineData(null, DisabilityGroup.Unknown, DisabilityMatch.Blank)]
    [InlineData("Y", DisabilityGroup.Unknown, DisabilityMatch.Unrecognised)]
    [InlineData("1", DisabilityGroup.Unknown, DisabilityMatch.Unrecognised)]
    [InlineData("Maybe", DisabilityGroup.Unknown, DisabilityMatch.Unrecognised)]
    public void Classify_Value_GivesGroup(string? value, DisabilityGroup group, DisabilityMatch match) =>
        Assert.Equal(new DisabilityClassification(group, match), DisabilityClassifier.Classify(value));
}
