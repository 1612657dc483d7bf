using Wres.Excel.Reading;

namespace Wres.Excel.Tests.Reading;

public sealed class SerialDateTests
{
    private static string? Format(double serial, bool date1904)
    {
        Span<char> text = stackalloc char[32];
        return SerialDate.TryFormat(serial, date1904, text, out var length) ? new string(text[..length]) : null;
    }

    [Theory]
    [InlineData(1, "1900-01-01")]
    [InlineData(59, "1900-02-28")]
    [InlineData(60, "1900-02-29")]
    [InlineData(61, "1900-03-01")]
    [InlineData(46112, "2026-03-31")]
    [InlineData(2958465, "9999-12-31")]
    [InlineData(46112.5, "2026-03-31T12:00:00")]
    [InlineData(46112.999999999, "2026-04-01")]
    [InlineData(45000.25, "2023-03-15T06:00:00")]
    public void TryFormat_1900System_IsTheDateExcelShows(double serial, string expected) =>
        Assert.Equal(expected, Format(serial, date1904: false));

    [Theory]
    [InlineData(0, "1904-01-01")]
    [InlineData(1, "1904-01-02")]
    [InlineData(44650, "2026-03-31")]
    [InlineData(2957003, "9999-12-31")]
    public void TryFormat_1904System_CountsFrom1904(double serial, string expected) =>
        Assert.Equal(expected, Format(serial, date1904: true));

    [Theory]
    [InlineData(0, false)]
    [InlineData(0.5, false)]
    [InlineData(-1, false)]
    [InlineData(-1, true)]
    [InlineData(2958466, false)]
    [InlineData(2957004, true)]
    [InlineData(2958465.9999999999, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void TryFormat_NoDateExcelShows_IsFalse(double serial, bool date1904) =>
        Assert.Null(Format(serial, date1904));
}
