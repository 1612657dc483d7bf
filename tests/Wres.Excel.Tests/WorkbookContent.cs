using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Wres.Excel.Tests;

/// <summary>A written workbook read back for tests: each sheet's cells by row and column, and the validator's errors.</summary>
internal sealed class WorkbookContent
{
    private WorkbookContent(Dictionary<string, SortedDictionary<int, Dictionary<int, WorkbookValue>>> sheets, List<string> errors, Dictionary<string, string?> paneTopLeft)
    {
        Sheets = sheets;
        Errors = errors;
        FrozenAt = paneTopLeft;
    }

    /// <summary>Sheet name → row number → column (from 0) → value.</summary>
    public Dictionary<string, SortedDictionary<int, Dictionary<int, WorkbookValue>>> Sheets { get; }

    public List<string> Errors { get; }

    /// <summary>Sheet name → the top-left cell of its frozen pane, or <see langword="null"/>.</summary>
    public Dictionary<string, string?> FrozenAt { get; }

    public static WorkbookContent Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var workbookPart = document.WorkbookPart!;
        var sheets = new Dictionary<string, SortedDictionary<int, Dictionary<int, WorkbookValue>>>();
        var frozen = new Dictionary<string, string?>();
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var rows = new SortedDictionary<int, Dictionary<int, WorkbookValue>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new Dictionary<int, WorkbookValue>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var reference = cell.CellReference!.Value!;
                    var column = Wres.Excel.Reading.CellReference.Column(reference);
                    cells[column] = cell.DataType?.Value == CellValues.InlineString
                        ? new WorkbookValue(cell.InlineString!.InnerText, null, cell.StyleIndex?.Value ?? 0)
                        : new WorkbookValue(null, double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture), cell.StyleIndex?.Value ?? 0);
                }

                rows[(int)row.RowIndex!.Value] = cells;
            }

            sheets[sheet.Name!.Value!] = rows;
            frozen[sheet.Name!.Value!] = part.Worksheet.Descendants<Pane>().FirstOrDefault(p => p.State?.Value == PaneStateValues.Frozen)?.TopLeftCell?.Value;
        }

        return new WorkbookContent(sheets, errors, frozen);
    }

    /// <summary>The rows of a sheet's table (after its heading row, the frozen one) as heading → value.</summary>
    public List<Dictionary<string, WorkbookValue>> Table(string sheet)
    {
        var rows = Sheets[sheet];
        var first = int.Parse(FrozenAt[sheet]![1..], CultureInfo.InvariantCulture);
        var header = rows[first - 1];
        var table = new List<Dictionary<string, WorkbookValue>>();
        foreach (var (number, cells) in rows)
        {
            if (number < first)
            {
                continue;
            }

            table.Add(cells.ToDictionary(c => header[c.Key].Text!, c => c.Value));
        }

        return table;
    }
}
