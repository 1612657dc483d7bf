using Wres.Core.PayGaps;

namespace Wres.Core.Tests.PayGaps;

public class SexesTests
{
    [Theory]
    [InlineData("Male", Sex.Male)]
    [InlineData(" m ", Sex.Male)]
    [InlineData("MALE", Sex.Male)]
    [InlineData("Female", Sex.Female)]
    [InlineData("f", Sex.Female)]
    [InlineData("", Sex.Unknown)]
    [InlineData("   ", Sex.Unknown)]
    [InlineData("Indeterminate", Sex.Other)]
    [InlineData("X", Sex.Other)]
    [InlineData("Males", Sex.Other)]
    public void Parse_Value_Sex(string value, Sex expected) => Assert.Equal(expected, Sexes.Parse(value));
}
