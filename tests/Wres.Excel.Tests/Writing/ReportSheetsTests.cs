using Wres.Excel.Writing;

namespace Wres.Excel.Tests.Writing;

public sealed class ReportSheetsTests
{
    private const string Header = "Indicator,Segment,Row,Measure,White,BME,Unknown,Total,Value,Lower95,Upper95,Text\r\n";

    private static Dictionary<string, SheetCell> Only(IReadOnlyList<SheetModel> sheets, string name)
    {
        var sheet = sheets.Single(s => s.Name == name);
        var row = Assert.Single(sheet.Rows);
        return sheet.Header.Select((h, i) => (h, i)).Where(p => p.i < row.Length).ToDictionary(p => p.h, p => row[p.i]);
    }

    private static IReadOnlyList<SheetModel> Sheets(string body) => ReportSheets.Build(ReportTable.Parse(Header + body), dataQualityOnly: false);

    private const string Representation = "1,,,Title,,,,,,,,Representation\r\n1,,,Status,,,,,,,,Computed\r\n";
    private const string Board = "9,,,Title,,,,,,,,Board\r\n9,,,Status,,,,,,,,NotProvided\r\n";

    [Fact]
    public void Build_LikelihoodWithASuppressedCount_ShowsNoLikelihoodButTheRatio()
    {
        var sheets = Sheets(
            Representation
            + "2,,,Title,,,,,,,,Appointed\r\n2,,,Status,,,,,,,,Computed\r\n"
            + "2,,,Events,40,*,0,,,,,\r\n2,,,Base,200,30,5,,,,,\r\n2,,,Likelihood,0.2,0.1,0,,,,,\r\n"
            + "2,,,RelativeLikelihood,,,,,2,0.8,5,WhiteToBme\r\n2,,,PValue,,,,,0.12,,,\r\n2,,,Band,,,,,,,,Adverse\r\n"
            + Board);

        var row = Only(sheets, "Indicator 2");

        Assert.Equal("*", row["BME events"].Text);
        Assert.Equal(40, row["White events"].Number);
        Assert.True(row["White likelihood"].IsEmpty);
        Assert.True(row["BME likelihood"].IsEmpty);
        Assert.True(row["Unknown likelihood"].IsEmpty);
        Assert.Equal(2, row["Relative likelihood"].Number);
        Assert.Equal(0.12, row["p-value"].Number);
        Assert.Equal("Adverse", row["Band"].Text);
    }

    [Fact]
    public void Build_LikelihoodWithEveryCountShown_KeepsTheLikelihoods()
    {
        var sheets = Sheets(
            Representation
            + "2,,,Title,,,,,,,,Appointed\r\n2,,,Status,,,,,,,,Computed\r\n"
            + "2,,,Events,40,10,0,,,,,\r\n2,,,Base,200,100,5,,,,,\r\n2,,,Likelihood,0.2,0.1,0,,,,,\r\n"
            + "2,,,RelativeLikelihood,,,,,2,0.8,5,WhiteToBme\r\n"
            + Board);

        var row = Only(sheets, "Indicator 2");

        Assert.Equal(0.2, row["White likelihood"].Number);
        Assert.Equal(0.1, row["BME likelihood"].Number);
        Assert.Equal(CellStyle.Percent, row["BME likelihood"].Style);
    }

    [Fact]
    public void Build_Percentages_AreStoredAsFractions()
    {
        var sheets = Sheets(
            "1,,,Title,,,,,,,,Representation\r\n1,,,Status,,,,,,,,Computed\r\n"
            + "1,Clinical,Band 5,Count,60,30,10,100,,,,\r\n1,Clinical,Band 5,Percent,60,30,10,,,,,\r\n"
            + Board);

        var row = Only(sheets, "Indicator 1");

        Assert.Equal(0.3, row["BME %"].Number);
        Assert.Equal(30, row["BME"].Number);
        Assert.Equal(CellStyle.Count, row["BME"].Style);
    }

    [Fact]
    public void Build_BoardSubsetWithASuppressedCount_ShowsNoPercentageOrDifference()
    {
        var sheets = Sheets(
            Representation
            + "9,,,Title,,,,,,,,Board\r\n9,,,Status,,,,,,,,Computed\r\n"
            + "9,,Total,Members,10,*,0,15,,,,\r\n9,,Total,Percent,66.7,33.3,0,,,,,\r\n9,,Total,DifferencePercentagePoints,,,,,7.2,,,\r\n");

        var rows = sheets.Single(s => s.Name == "Indicator 9").Rows;

        var total = rows[0];
        Assert.Equal("Total", total[0].Text);
        Assert.Equal("*", total[2].Text);
        Assert.True(total[5].IsEmpty);
        Assert.True(total[6].IsEmpty);
        Assert.True(total[7].IsEmpty);
        Assert.True(total[8].IsEmpty);
    }
}
