using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

public class FteUnitsTests
{
    private static int ByArithmetic(decimal value) => (int)Math.Round(value * 10_000m, MidpointRounding.AwayFromZero);

    private static bool InRangeByArithmetic(decimal value) => value >= 0m && value <= RecordRules.MaximumFte;

    [Fact]
    public void MaximumFteUnits_IsMaximumFteInTenThousandths() =>
        Assert.Equal(RecordRules.MaximumFte * 10_000m, RecordRules.MaximumFteUnits);

    [Theory]
    [InlineData("1", 10_000)]
    [InlineData("0.30", 3_000)]
    [InlineData("1.5000", 15_000)]
    [InlineData("0.0001", 1)]
    [InlineData("0", 0)]
    public void TryExact_PlainValues_AreExact(string text, int units)
    {
        Assert.True(FteUnits.TryExact(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out var actual));
        Assert.Equal(units, actual);
    }

    [Theory]
    [InlineData("-0.5")]
    [InlineData("0.00001")]
    [InlineData("1.50001")]
    [InlineData("-0.00001")]
    [InlineData("1000000")]
    public void TryExact_OtherValues_AreLeftToArithmetic(string text) =>
        Assert.False(FteUnits.TryExact(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out _));

    [Theory]
    [InlineData("1.50001", false)]
    [InlineData("1.5", true)]
    [InlineData("-0.00001", false)]
    [InlineData("0", true)]
    [InlineData("1.500000000", true)]
    public void IsValidFte_Boundaries(string text, bool valid) =>
        Assert.Equal(valid, RecordRules.IsValidFte(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));

    [Property(MaxTest = 1000)]
    public Property FteUnitsAndValidity_AgreeWithDecimalArithmetic() =>
        Prop.ForAll(Values.ToArbitrary(), value =>
            RecordRules.IsValidFte(value) == InRangeByArithmetic(value)
            // Units are only asked of valid values; beyond about 200,000 they would not fit in an int.
            && (Math.Abs(value) >= 200_000m || FteUnits.Of(value) == ByArithmetic(value)));

    [Property(MaxTest = 1000)]
    public Property IsValidFte_WithUnits_GivesTheUnitsOfEveryValidValue() =>
        Prop.ForAll(Values.ToArbitrary(), value =>
            RecordRules.IsValidFte(value, out var units) == InRangeByArithmetic(value)
            && (!InRangeByArithmetic(value) || units == ByArithmetic(value)));

    [Fact]
    public void IsValidFte_NotGiven_IsValidWithNoUnits() =>
        Assert.True(RecordRules.IsValidFte(null, out var units) && units == -1);

    // Values of every shape: scales 0-28, signs, mantissas small and up to 96 bits.
    private static readonly Gen<decimal> Values =
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, 3)))
        from negative in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from scale in Gen.Choose(0, 12)
        from small in Gen.Elements(true, false)
        select new decimal(small ? Math.Abs(lo % 200_000) : lo, mid, 0, negative, (byte)scale);
}
