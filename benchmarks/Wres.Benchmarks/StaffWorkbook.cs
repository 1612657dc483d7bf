using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wres.Benchmarks;

/// <summary>
/// Writes a CSV file's rows as a workbook the way Excel saves one: text as shared strings, plain numbers as
/// numbers, ISO dates as serial numbers in a date style; streamed with <see cref="OpenXmlWriter"/>, so the
/// national-scale file is written without a document in memory (only the shared strings are held).
/// </summary>
public static class StaffWorkbook
{
    private static readonly DateOnly SerialZero = new(1899, 12, 30);

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, [.. header], shared);
            foreach (var row in rows)
            {
                WriteRow(writer, row, shared);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
        using (var writer = OpenXmlWriter.Create(stringsPart))
        {
            writer.WriteStartElement(new SharedStringTable());
            foreach (var text in shared.OrderBy(p => p.Value).Select(p => p.Key))
            {
                writer.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "Staff" }));
    }

    private static void WriteRow(OpenXmlWriter writer, string[] values, Dictionary<string, int> shared)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            if (value.Length == 0)
            {
                writer.WriteElement(new Cell());
            }
            else if (value.Length == 10 && value[4] == '-' && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                writer.WriteElement(new Cell { StyleIndex = 1, CellValue = new CellValue((date.DayNumber - SerialZero.DayNumber).ToString(CultureInfo.InvariantCulture)) });
            }
            else if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number.ToString("R", CultureInfo.InvariantCulture) == value)
            {
                writer.WriteElement(new Cell { CellValue = new CellValue(value) });
            }
            else
            {
                if (!shared.TryGetValue(value, out var index))
                {
                    index = shared.Count;
                    shared.Add(value, index);
                }

                writer.WriteElement(new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) });
            }
        }

        writer.WriteEndElement();
    }
}
