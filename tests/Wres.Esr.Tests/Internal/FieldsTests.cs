using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Wres.Esr.Internal;

namespace Wres.Esr.Tests.Internal;

public class FieldsTests
{
    [Theory]
    [InlineData("2026-03-31", 2026, 3, 31)]
    [InlineData("31/03/2026", 2026, 3, 31)]
    [InlineData("1/4/2025", 2025, 4, 1)]
    [InlineData("20260331", 2026, 3, 31)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    [InlineData("31-Mar-2026", 2026, 3, 31)]
    [InlineData("31-MAR-2026", 2026, 3, 31)]
    [InlineData("1-apr-2025", 2025, 4, 1)]
    [InlineData("01-Oct-2025", 2025, 10, 1)]
    [InlineData("31 Dec 2025", 2025, 12, 31)]
    [InlineData("31/03/2026 00:00", 2026, 3, 31)]
    [InlineData("31/03/2026 00:00:00", 2026, 3, 31)]
    [InlineData("1/4/2025 9:30", 2025, 4, 1)]
    [InlineData("2026-03-31T00:00:00", 2026, 3, 31)]
    [InlineData("2026-03-31 00:00:00", 2026, 3, 31)]
    [InlineData("2026-03-31T13:45:10.123", 2026, 3, 31)]
    [InlineData("2026-03-31T00:00:00Z", 2026, 3, 31)]
    [InlineData("2026-03-31T00:00:00+01:00", 2026, 3, 31)]
    public void TryDate_AcceptedForms_Parse(string text, int year, int month, int day)
    {
        Assert.True(Fields.TryDate(Encoding.UTF8.GetBytes(text), out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026/03/31")]
    [InlineData("03/31/2026x")]
    [InlineData("31-03-2026")]
    [InlineData("2026-3-31")]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("123/1/2026")]
    [InlineData("00000000")]
    [InlineData("31-Mrz-2026")]
    [InlineData("32-Mar-2026")]
    [InlineData("29-Feb-2025")]
    [InlineData("31-Mar-26")]
    [InlineData("31/03/2026 soon")]
    [InlineData("31/03/2026 25")]
    [InlineData("2026-03-31T")]
    [InlineData("2026-03-31T00:00:00.")]
    [InlineData("2026-03-31T0:0")]
    [InlineData("31/03/2026 00:00 00:00")]
    public void TryDate_OtherText_Fails(string text) => Assert.False(Fields.TryDate(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("Yes", true)]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("y", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData(" No ", false)]
    [InlineData("N", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void TryYesNo_AcceptedForms_Parse(string text, bool expected)
    {
        Assert.True(Fields.TryYesNo(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Maybe")]
    [InlineData("2")]
    [InlineData("Yess")]
    [InlineData("Ja")]
    public void TryYesNo_OtherText_Fails(string text) => Assert.False(Fields.TryYesNo(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData(" 0.60 ", 0.6)]
    [InlineData("-0.5", -0.5)]
    [InlineData("1", 1)]
    public void TryDecimal_Numbers_Parse(string text, double expected)
    {
        Assert.True(Fields.TryDecimal(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,0")]
    [InlineData("1e3")]
    [InlineData("one")]
    [InlineData("1.0.0")]
    public void TryDecimal_OtherText_Fails(string text) => Assert.False(Fields.TryDecimal(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Trim_RemovesAsciiSpaceOnly() =>
        Assert.Equal("a b", Encoding.UTF8.GetString(Fields.Trim(Encoding.UTF8.GetBytes(" \ta b \t"))));

    [Fact]
    public void Quote_TruncatesAndHidesControlCharacters()
    {
        Assert.Equal("'a?b'", Fields.Quote("a\u0001b"));
        Assert.Equal("'" + new string('x', 60) + "…'", Fields.Quote(new string('x', 100)));
    }

    [Theory]
    [InlineData("1", 10_000, "1")]
    [InlineData("0.3", 3_000, "0.3")]
    [InlineData("0.30", 3_000, "0.30")]
    [InlineData(" 0.8000 ", 8_000, "0.8000")]
    [InlineData("1.5", 15_000, "1.5")]
    [InlineData("0", 0, "0")]
    [InlineData("00.0001", 1, "0.0001")]
    [InlineData("99999.9999", 999_999_999, "99999.9999")]
    public void TryPlainDecimal_PlainNumbers_GiveValueScaleAndTenThousandths(string text, int tenThousandths, string shown)
    {
        Assert.True(Fields.TryPlainDecimal(Encoding.UTF8.GetBytes(text), out var value, out var units));
        Assert.Equal(tenThousandths, units);
        Assert.Equal(shown, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("0.12345")]
    [InlineData("123456")]
    [InlineData("1,5")]
    [InlineData("1.0.0")]
    [InlineData("1 0")]
    [InlineData("one")]
    public void TryPlainDecimal_AnythingElse_IsLeftToTheGeneralParser(string text) =>
        Assert.False(Fields.TryPlainDecimal(Encoding.UTF8.GetBytes(text), out _, out _));

    [Property(MaxTest = 500)]
    public Property TryPlainDecimal_AgreesWithTheGeneralParser() =>
        Prop.ForAll(PlainOrNot.ToArbitrary(), text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            if (!Fields.TryPlainDecimal(bytes, out var plain, out var units))
            {
                return true;
            }

            return Fields.TryDecimal(bytes, out var general)
                && plain == general
                && plain.Scale == general.Scale
                && units == (int)Math.Round(general * 10_000m, MidpointRounding.AwayFromZero);
        });

    private static readonly Gen<string> PlainOrNot = Gen.OneOf(
        from whole in Gen.Choose(0, 99_999)
        from places in Gen.Choose(0, 6)
        from fraction in Gen.Choose(0, 999_999)
        from pad in Gen.Elements("", " ", "0")
        select pad + whole.ToString(CultureInfo.InvariantCulture)
            + (places == 0 ? string.Empty : "." + (fraction % (int)Math.Pow(10, places)).ToString(CultureInfo.InvariantCulture).PadLeft(places, '0')),
        Gen.Elements("1.", ".5", "-0.5", "+1", "1e2", "1,0", "0x1", "1.00000", "٣"));
}
