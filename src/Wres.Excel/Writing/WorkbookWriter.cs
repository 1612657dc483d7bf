using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wres.Excel.Writing;

/// <summary>
/// Writes sheets into a workbook with the Open XML SDK's <see cref="OpenXmlWriter"/> (SAX style: each row is written
/// as it comes, never a document of the sheet): a bold title and notes, a table with its heading row frozen and its
/// columns sized to their content, numbers as numbers in their style, text as inline strings.
/// </summary>
internal static class WorkbookWriter
{
    private const double MinimumWidth = 8;
    private const double MaximumWidth = 60;

    public static void Write(IReadOnlyList<SheetModel> sheets, Stream destination)
    {
        using var document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
        var list = new Sheets();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }

        workbookPart.Workbook = new Workbook(list);
    }

    private static void WriteSheet(WorksheetPart part, SheetModel sheet)
    {
        var headerRow = (uint)(1 + sheet.Notes.Count + sheet.Facts.Count + 2);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (sheet.Header.Count > 0)
        {
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft })
            { WorkbookViewId = 0 }));
        }

        var widths = Widths(sheet);
        if (widths.Length > 0)
        {
            var columns = new Columns();
            for (var i = 0; i < widths.Length; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            }

            writer.WriteElement(columns);
        }

        writer.WriteStartElement(new SheetData());
        uint row = 1;
        WriteRow(writer, row++, [SheetCell.Title(sheet.Title)]);
        foreach (var note in sheet.Notes)
        {
            WriteRow(writer, row++, [SheetCell.Of(note)]);
        }

        foreach (var (label, value) in sheet.Facts)
        {
            WriteRow(writer, row++, [SheetCell.Heading(label), value]);
        }

        row++;
        if (sheet.Header.Count > 0)
        {
            var header = new SheetCell[sheet.Header.Count];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = SheetCell.Heading(sheet.Header[i]);
            }

            WriteRow(writer, row++, header);
        }

        foreach (var cells in sheet.Rows)
        {
            WriteRow(writer, row++, cells);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint row, SheetCell[] cells)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, row.ToString(CultureInfo.InvariantCulture))]);
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (cell.IsEmpty)
            {
                continue;
            }

            var reference = ColumnName(i) + row.ToString(CultureInfo.InvariantCulture);
            var element = new Cell { CellReference = reference };
            if (cell.Style != CellStyle.Unknown)
            {
                element.StyleIndex = (uint)cell.Style;
            }

            if (cell.Number is { } number && double.IsFinite(number))
            {
                element.CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture));
            }
            else
            {
                element.DataType = CellValues.InlineString;
                element.InlineString = new InlineString(new Text(cell.Text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve });
            }

            writer.WriteElement(element);
        }

        writer.WriteEndElement();
    }

    /// <summary>Each column's width in characters: its widest cell (headings and facts included, titles and notes not), within bounds.</summary>
    private static double[] Widths(SheetModel sheet)
    {
        var count = Math.Max(sheet.Header.Count, sheet.Facts.Count > 0 ? 2 : 0);
        foreach (var cells in sheet.Rows)
        {
            count = Math.Max(count, cells.Length);
        }

        var widths = new double[count];
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            widths[i] = Math.Min(sheet.Header[i].Length, 24);
        }

        foreach (var (label, value) in sheet.Facts)
        {
            widths[0] = Math.Max(widths[0], label.Length);
            widths[1] = Math.Max(widths[1], Length(value));
        }

        foreach (var cells in sheet.Rows)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Length(cells[i]));
            }
        }

        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = Math.Clamp(widths[i] + 2, MinimumWidth, MaximumWidth);
        }

        return widths;
    }

    private static int Length(SheetCell cell) => cell.Text?.Length ?? (cell.Number is null ? 0 : 10);

    public static string ColumnName(int column)
    {
        Span<char> name = stackalloc char[3];
        var length = 0;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name[length++] = (char)('A' + ((n - 1) % 26));
        }

        name[..length].Reverse();
        return new string(name[..length]);
    }
}
