using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wres.Excel.Tests;

/// <summary>
/// Writes small workbooks for tests with the Open XML SDK: sheets of rows at given row numbers, cells as shared
/// strings, inline strings, numbers (plain or in a date style), booleans or errors. Starts with no sheet; the
/// first row added before any <see cref="Sheet"/> opens one named <c>Sheet1</c>.
/// </summary>
internal sealed class WorkbookBuilder
{
    private readonly List<(string Name, List<(uint Number, WorkbookCell?[] Cells)> Rows)> _sheets = [];
    private bool _date1904;

    public WorkbookBuilder Sheet(string name)
    {
        _sheets.Add((name, []));
        return this;
    }

    public WorkbookBuilder Date1904()
    {
        _date1904 = true;
        return this;
    }

    /// <summary>A row at <paramref name="number"/>; a <see langword="null"/> cell is left out of the sheet (no element).</summary>
    public WorkbookBuilder Row(uint number, params WorkbookCell?[] cells)
    {
        if (_sheets.Count == 0)
        {
            Sheet("Sheet1");
        }

        _sheets[^1].Rows.Add((number, cells));
        return this;
    }

    /// <summary>A row of shared strings.</summary>
    public WorkbookBuilder Row(uint number, params string[] texts) => Row(number, texts.Select(t => (WorkbookCell?)WorkbookCell.Shared(t)).ToArray());

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var workbook = new Workbook();
            if (_date1904)
            {
                workbook.Append(new WorkbookProperties { Date1904 = true });
            }

            var sheets = workbook.AppendChild(new Sheets());
            workbookPart.Workbook = workbook;
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var shared = new List<SharedStringItem>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            uint id = 1;
            foreach (var (name, rows) in _sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var (number, cells) in rows)
                {
                    var row = new Row { RowIndex = number };
                    for (var column = 0; column < cells.Length; column++)
                    {
                        if (cells[column] is { } cell)
                        {
                            row.Append(Cell(cell, ColumnName(column) + number, shared, index));
                        }
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            if (shared.Count > 0)
            {
                workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
                    new SharedStringTable(shared);
            }
        }

        return stream.ToArray();
    }

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Cell Cell(WorkbookCell cell, string reference, List<SharedStringItem> shared, Dictionary<string, int> index)
    {
        var result = new Cell { CellReference = reference };
        switch (cell.Kind)
        {
            case WorkbookCellKind.Shared or WorkbookCellKind.RichShared:
                var key = cell.Kind + ":" + cell.Value;
                if (!index.TryGetValue(key, out var i))
                {
                    i = shared.Count;
                    shared.Add(cell.Kind == WorkbookCellKind.Shared
                        ? new SharedStringItem(new Text(cell.Value) { Space = SpaceProcessingModeValues.Preserve })
                        : new SharedStringItem(Rich(cell.Value)));
                    index.Add(key, i);
                }

                result.DataType = CellValues.SharedString;
                result.CellValue = new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case WorkbookCellKind.Inline:
                result.DataType = CellValues.InlineString;
                result.InlineString = new InlineString(new Text(cell.Value) { Space = SpaceProcessingModeValues.Preserve });
                break;
            case WorkbookCellKind.RichInline:
                result.DataType = CellValues.InlineString;
                result.InlineString = new InlineString(Rich(cell.Value));
                break;
            case WorkbookCellKind.Boolean:
                result.DataType = CellValues.Boolean;
                result.CellValue = new CellValue(cell.Value);
                break;
            case WorkbookCellKind.Error:
                result.DataType = CellValues.Error;
                result.CellValue = new CellValue(cell.Value);
                break;
            default:
                result.CellValue = new CellValue(cell.Value);
                if (cell.Style != 0)
                {
                    result.StyleIndex = cell.Style;
                }

                break;
        }

        return result;
    }

    /// <summary>Formatted runs (bold first) and a phonetic guide, which is not part of the text.</summary>
    private static OpenXmlElement[] Rich(string runs) =>
    [
        .. runs.Split('|').Select((text, i) => new Run(new RunProperties(i == 0 ? new Bold() : new Italic()), new Text(text) { Space = SpaceProcessingModeValues.Preserve })),
        new PhoneticRun(new Text("guide")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 },
    ];

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "[Red]0.00;\"day \"0" }) { Count = 2 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 5 });
}
