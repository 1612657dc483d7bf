using Wres.Core.Casework;

namespace Wres.Core.Tests.Casework;

public class CaseTypesTests
{
    [Theory]
    [InlineData("", CaseType.Disciplinary)]
    [InlineData("Disciplinary", CaseType.Disciplinary)]
    [InlineData("DISCIPLINARY", CaseType.Disciplinary)]
    [InlineData("Capability", CaseType.Capability)]
    [InlineData("capability", CaseType.Capability)]
    [InlineData("Ill-health capability", CaseType.IllHealthCapability)]
    [InlineData("Ill health Capability", CaseType.IllHealthCapability)]
    [InlineData("Conduct", CaseType.Disciplinary)]
    [InlineData("Misconduct", CaseType.Disciplinary)]
    [InlineData("Gross Misconduct", CaseType.Disciplinary)]
    [InlineData("gross  misconduct", CaseType.Disciplinary)]
    [InlineData("Disciplinary - Conduct", CaseType.Disciplinary)]
    [InlineData("Disciplinary Hearing", CaseType.Disciplinary)]
    [InlineData("Capability - Performance", CaseType.Capability)]
    [InlineData("Performance", CaseType.Capability)]
    [InlineData("Ill health", CaseType.IllHealthCapability)]
    [InlineData("Sickness", CaseType.IllHealthCapability)]
    [InlineData("Attendance", CaseType.IllHealthCapability)]
    [InlineData("Capability - Ill Health", CaseType.IllHealthCapability)]
    [InlineData("   ", CaseType.Disciplinary)]
    [InlineData("Formal disciplinary", CaseType.Disciplinary)]
    [InlineData("Conduct and disciplinary", CaseType.Disciplinary)]
    [InlineData("Performance capability", CaseType.Capability)]
    [InlineData("Capability (Performance)", CaseType.Capability)]
    [InlineData("Capability - Poor Performance", CaseType.Capability)]
    [InlineData("Poor performance", CaseType.Capability)]
    [InlineData("Formal capability", CaseType.Capability)]
    [InlineData("Capability performance", CaseType.Capability)]
    [InlineData("Capability (Ill Health)", CaseType.IllHealthCapability)]
    [InlineData("Capability - Ill-health", CaseType.IllHealthCapability)]
    [InlineData("Capability (Ill-health)", CaseType.IllHealthCapability)]
    [InlineData("Ill-health", CaseType.IllHealthCapability)]
    [InlineData("Sickness absence", CaseType.IllHealthCapability)]
    [InlineData("Attendance management", CaseType.IllHealthCapability)]
    [InlineData("Capability - Sickness", CaseType.IllHealthCapability)]
    public void TryParse_KnownValue_GivesType(string value, CaseType expected)
    {
        Assert.True(CaseTypes.TryParse(value, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("Grievance")]
    [InlineData("Bullying and Harassment")]
    [InlineData("Appeal")]
    [InlineData("Dis")]
    [InlineData("Misconduct appeal")]
    public void TryParse_OtherValue_IsOtherAndNotRecognised(string value)
    {
        Assert.False(CaseTypes.TryParse(value, out var type));
        Assert.Equal(CaseType.Other, type);
    }

    [Fact]
    public void CountedBy_EachStandardCountsItsOwnType()
    {
        Assert.Equal(CaseType.Disciplinary, CaseTypes.CountedBy(EqualityStandard.Wres));
        Assert.Equal(CaseType.Capability, CaseTypes.CountedBy(EqualityStandard.Wdes));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseTypes.CountedBy(EqualityStandard.Unknown));
    }
}
