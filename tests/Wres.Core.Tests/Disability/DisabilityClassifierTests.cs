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
    [InlineData("Prefer not to say", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("Not Known", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("Unknown", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("Not Stated", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("Unspecified", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("Declined", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("I do not wish to disclose whether I have a disability or not", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("  not   declared  ", DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)]
    [InlineData("   ", DisabilityGroup.Unknown, DisabilityMatch.Blank)]
    [InlineData("", DisabilityGroup.Unknown, DisabilityMatch.Blank)]
    [InlineData(null, DisabilityGroup.Unknown, DisabilityMatch.Blank)]
    [InlineData("Y", DisabilityGroup.Unknown, DisabilityMatch.Unrecognised)]
    [InlineData("1", DisabilityGroup.Unknown, DisabilityMatch.Unrecognised)]
    [InlineData("Maybe", DisabilityGroup.Unknown, DisabilityMatch.Unrecognised)]
    public void Classify_Value_GivesGroup(string? value, DisabilityGroup group, DisabilityMatch match) =>
        Assert.Equal(new DisabilityClassification(group, match), DisabilityClassifier.Classify(value));
}
