using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wres.Excel.Writing;

/// <summary>The stylesheet: one cell format per <see cref="CellStyle"/>, in its order.</summary>
internal static class WorkbookStyles
{
    public static Stylesheet Create() => new(
        new NumberingFormats(
            Format(164, "0.0%"),
            Format(165, "0.0000"),
            Format(166, "0.0"),
            Format(167, "+0.0;-0.0;0.0"),
            Format(168, "+#,##0;-#,##0;0"),
            Format(169, "+0.00;-0.00;0.00")) { Count = 6 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Cell(0),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            Cell(3),
            Cell(164),
            Cell(2),
            Cell(165),
            Cell(166),
            Cell(167),
            Cell(168),
            Cell(169)) { Count = 11 },
        new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static NumberingFormat Format(uint id, string code) => new() { NumberFormatId = id, FormatCode = StringValue.FromString(code) };

    private static CellFormat Cell(uint numberFormat) => new()
    {
        NumberFormatId = numberFormat,
        FontId = 0,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0,
    };
}
