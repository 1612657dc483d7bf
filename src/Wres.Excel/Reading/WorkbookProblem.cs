using Wres.Core.Validation;
using Wres.Esr;

namespace Wres.Excel.Reading;

/// <summary>The one-line errors for a workbook that cannot be read: each names the file and what is wrong, never a cell's content.</summary>
internal static class WorkbookProblem
{
    public static EsrFileException Empty(string file) =>
        new(WresErrorCodes.EmptyFile, file, null, null, $"{file}: the file is empty; an .xlsx workbook with a header row is required.");

    public static EsrFileException NotAWorkbook(string file) =>
        new(WresErrorCodes.FileUnreadable, file, null, null, $"{file}: the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx or CSV.");

    public static EsrFileException Encrypted(string file) =>
        new(WresErrorCodes.FileUnreadable, file, null, null, $"{file}: the workbook is password-protected (encrypted): save a copy without a password and read that.");

    public static EsrFileException LegacyWorkbook(string file) =>
        new(WresErrorCodes.FileUnreadable, file, null, null, $"{file}: the file is an Excel 97-2003 workbook (.xls), which cannot be read: save it from Excel as .xlsx or CSV.");

    public static EsrFileException Damaged(string file, string what, Exception? cause = null) =>
        new(WresErrorCodes.FileUnreadable, file, null, null, $"{file}: the workbook is damaged and cannot be read ({what}).", cause);

    public static EsrFileException DamagedAt(string file, int row, string what, Exception? cause = null) =>
        new(WresErrorCodes.FileUnreadable, file, row, null, $"{file}: the workbook is damaged and cannot be read ({what}, at row {row}).", cause);

    public static EsrFileException NoSuchSheet(string file, string sheet, IReadOnlyList<string> sheets) =>
        new(
            WresErrorCodes.FileUnreadable,
            file,
            null,
            null,
            sheets.Count == 0
                ? $"{file}: the workbook has no sheet named '{sheet}' (it has no worksheets)."
                : $"{file}: the workbook has no sheet named '{sheet}' (its sheets: {string.Join(", ", sheets)}).");

    public static EsrFileException NoWorksheet(string file) =>
        new(WresErrorCodes.FileUnreadable, file, null, null, $"{file}: the workbook has no worksheet to read.");

    public static EsrFileException NotAWorksheet(string file, string sheet) =>
        new(WresErrorCodes.FileUnreadable, file, null, null, $"{file}: the sheet '{sheet}' is a chart or dialog sheet, not a worksheet of rows.");
}
