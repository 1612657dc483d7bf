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
    public void TryParse_KnownValue_GivesType(string value, CaseType expected)
    {
        Assert.True(CaseTypes.TryParse(value, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("Grievance")]
    [InlineData("Dis")]
    public void TryParse_UnknownValue_Fails(string value) => Assert.False(CaseTypes.TryParse(value, out _));

    [Fact]
    public void CountedBy_EachStandardCountsItsOwnType()
    {
        Assert.Equal(CaseType.Disciplinary, CaseTypes.CountedBy(EqualityStandard.Wres));
        Assert.Equal(CaseType.Capability, CaseTypes.CountedBy(EqualityStandard.Wdes));
    }
}
