using Wres.Excel.Reading;

namespace Wres.Excel.Tests.Reading;

public sealed class DateFormatsTests
{
    [Theory]
    [InlineData(14u, true)]
    [InlineData(17u, true)]
    [InlineData(22u, true)]
    [InlineData(45u, true)]
    [InlineData(47u, true)]
    [InlineData(0u, false)]
    [InlineData(2u, false)]
    [InlineData(13u, false)]
    [InlineData(23u, false)]
    [InlineData(44u, false)]
    [InlineData(48u, false)]
    [InlineData(49u, false)]
    public void IsBuiltInDate_Id_IsTheTableOfDateFormats(uint id, bool expected) =>
        Assert.Equal(expected, DateFormats.IsBuiltInDate(id));

    [Theory]
    [InlineData("dd/mm/yyyy", true)]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("d-mmm-yy", true)]
    [InlineData("[$-809]dd mmmm yyyy", true)]
    [InlineData("DD/MM/YYYY", true)]
    [InlineData("\"Day \"d", true)]
    [InlineData("h:mm", true)]
    [InlineData("0.00", false)]
    [InlineData("#,##0", false)]
    [InlineData("General", false)]
    [InlineData("[Red]0.00", false)]
    [InlineData("\"day \"0", false)]
    [InlineData("\\d0", false)]
    [InlineData("_m0", false)]
    [InlineData("*y0", false)]
    [InlineData("[h]:ss", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsDateCode_Code_FindsDatePartsOutsideQuotesAndBrackets(string? code, bool expected) =>
        Assert.Equal(expected, DateFormats.IsDateCode(code));
}
