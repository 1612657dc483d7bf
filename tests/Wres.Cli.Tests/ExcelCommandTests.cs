using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wres.Synthetic;

namespace Wres.Cli.Tests;

/// <summary>Workbooks in and out of the tool: <c>.xlsx</c> inputs, <c>--sheet</c>, <c>--format xlsx</c>, and bad workbooks.</summary>
public sealed class ExcelCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Writes a workbook of inline strings: each sheet a name and its rows (the first the header).</summary>
    private string Workbook(string name, params (string Sheet, IEnumerable<string[]> Rows)[] sheets)
    {
        var path = _folder.Combine(name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var list = new Sheets();
        uint id = 1;
        foreach (var (sheet, rows) in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in rows)
            {
                data.Append(new Row(row.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v) { Space = SpaceProcessingModeValues.Preserve }) })));
            }

            part.Worksheet = new Worksheet(data);
            list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet });
        }

        workbookPart.Workbook = new Workbook(list);
        return path;
    }

    private (string Csv, string Xlsx) StaffBothWays()
    {
        var paths = SyntheticTrust.WriteCsv(new SyntheticTrustOptions { StaffCount = 400, Seed = 5 }, _folder.Path);
        var staff = paths[0];
        var lines = File.ReadAllLines(staff).Select(l => l.Split(',')).ToList();
        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
        var xlsx = Workbook("staff.xlsx", ("Notes", [["Exported from ESR"]]), ("Staff", lines));
        return (staff, xlsx);
    }

    [Fact]
    public void PayGap_PayFileAsWorkbookOnItsNamedSheet_ReadAsTheCsvIs()
    {
        string[][] rows = [["Employee Number", "Full Pay", "Hourly Rate", "Sex"], ["1", "Yes", "20", "F"], ["2", "Yes", "25", "M"], ["3", "Yes", "22", "F"]];
        var csv = _folder.File("pay.csv", string.Join("\n", rows.Select(r => string.Join(',', r))) + "\n");
        var xlsx = Workbook("pay.xlsx", ("Cover", [["Pay at 31 March"]]), ("Pay", rows));

        var fromCsv = CliRun.Of("paygap", "--pay", csv, "--year-end", "2026-03-31", "--format", "json");
        var fromWorkbook = CliRun.Of("paygap", "--pay", xlsx, "--sheet", "Pay", "--year-end", "2026-03-31", "--format", "json");

        Assert.Equal((0, 0), (fromCsv.ExitCode, fromWorkbook.ExitCode));
        Assert.Equal(fromCsv.Output.Replace("pay.csv", "pay.xlsx", StringComparison.Ordinal), fromWorkbook.Output);
        Assert.Contains("\"rowsCounted\": 3", fromWorkbook.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_StaffAsXlsxWithSheet_EqualsTheCsvRun()
    {
        var (csv, xlsx) = StaffBothWays();

        var fromCsv = CliRun.Of("report", "--staff", csv, "--format", "json", "--year-end", "2026-03-31");
        var fromXlsx = CliRun.Of("report", "--staff", xlsx, "--sheet", "Staff", "--format", "json", "--year-end", "2026-03-31");

        Assert.Equal(fromCsv.ExitCode, fromXlsx.ExitCode);
        Assert.Equal(fromCsv.Output, fromXlsx.Output.Replace("staff.xlsx", "staff.csv", StringComparison.Ordinal));
        Assert.Equal(fromCsv.Error, fromXlsx.Error.Replace("staff.xlsx", "staff.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_XlsxFirstSheetLacksTheColumns_ExitTwoNamingTheFile()
    {
        var (_, xlsx) = StaffBothWays();

        var run = CliRun.Of("report", "--staff", xlsx, "--year-end", "2026-03-31");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("staff.xlsx", line, StringComparison.Ordinal);
        Assert.Contains("WRES003", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FormatXlsx_WritesAWorkbookToTheOutputFile()
    {
        var output = _folder.Combine("report.xlsx");

        var run = CliRun.Of("report", "--sample", "--format", "xlsx", "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        using var document = SpreadsheetDocument.Open(output, isEditable: false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal("Summary", names[0]);
        Assert.Contains("Indicator 2", names);
        Assert.Equal("Data quality", names[^1]);
    }

    [Fact]
    public void Validate_FormatXlsx_WritesTheSummaryAndDataQualitySheets()
    {
        var output = _folder.Combine("quality.xlsx");

        var run = CliRun.Of("validate", "--sample", "--format", "xlsx", "--output", output);

        Assert.Equal(1, run.ExitCode);
        using var document = SpreadsheetDocument.Open(output, isEditable: false);
        Assert.Equal(["Summary", "Data quality"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Report_FormatXlsxByOrganisation_WritesAnOrganisationColumn()
    {
        var folder = Path.Combine(_folder.Path, "three");
        var paths = SyntheticTrust.WriteCsv(new SyntheticTrustOptions { StaffCount = 600, Seed = 9, Organisations = 3 }, folder);
        var output = _folder.Combine("group.xlsx");

        var run = CliRun.Of("report", "--staff", paths[0], "--recruitment", paths[1], "--by-organisation", "--year-end", "2026-03-31", "--format", "xlsx", "--output", output);

        Assert.InRange(run.ExitCode, 0, 1);
        using var document = SpreadsheetDocument.Open(output, isEditable: false);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Indicator 2").Id!.Value!);
        var texts = part.Worksheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText).ToList();
        Assert.Contains("Organisation", texts);
        Assert.Contains("All organisations", texts);
        Assert.Contains("RXX02", texts);
    }

    [Fact]
    public void Report_FormatXlsxWithoutOutput_ExitTwoAndReadsNothing()
    {
        var run = CliRun.Of("report", "--staff", _folder.Combine("absent.csv"), "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("wres: --format xlsx writes a workbook: give --output FILE.xlsx.", run.Error.TrimEnd());
    }

    [Theory]
    [InlineData("staff.xlsx", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, "staff.xlsx: the file is not an Excel workbook (.xlsx)")]
    [InlineData("staff.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "staff.xls: the file is an Excel 97-2003 workbook (.xls)")]
    [InlineData("staff.csv", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01 }, "staff.csv: the workbook is damaged and cannot be read")]
    public void Report_BadWorkbook_ExitTwoWithOneLineAndNothingWritten(string name, byte[] content, string expected)
    {
        var path = _folder.File(name, content);
        var output = _folder.Combine("report.xlsx");

        var run = CliRun.Of("report", "--staff", path, "--format", "xlsx", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(output));
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("wres: " + expected, line, StringComparison.Ordinal);
        Assert.EndsWith("[WRES001]", line.TrimEnd(), StringComparison.Ordinal);
    }
}
