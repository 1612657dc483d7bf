using Wres.Esr;
using Wres.Excel.Reading;

namespace Wres.Excel;

/// <summary>
/// Inputs read from Excel workbooks (<c>.xlsx</c>): one worksheet (the first, or one named) read as the CSV reader
/// reads a CSV file, so that every header, layout, mapping and value rule applies unchanged and a finding's line is
/// the sheet's row number.
/// </summary>
/// <remarks>
/// <para>The sheet is streamed (an <c>XmlReader</c> over the sheet's part, opened with the Open XML SDK; never a document of the whole sheet): shared
/// strings and inline strings are read as they are, numbers in invariant culture (shortest round-trip), booleans as
/// <c>TRUE</c> / <c>FALSE</c>, errors as Excel shows them (<c>#N/A</c>, which the value rules then report), and a
/// number whose cell style shows a date (built-in formats 14-22 and 45-47, or a custom format with <c>d</c>,
/// <c>m</c> or <c>y</c> outside quotes and brackets) as the ISO date it stands for, in the 1900 date system (serial
/// 60 is Excel's 29 February 1900, which the date rules reject) or the 1904 system when the workbook says so. A line
/// break inside a cell reads as a space.</para>
/// <para>A workbook that cannot be read — password-protected (encrypted), an Excel 97-2003 <c>.xls</c>, not a
/// workbook at all, damaged, or without the sheet asked for — is one <see cref="EsrFileException"/> naming the file
/// and the problem, raised when the reader opens the input.</para>
/// </remarks>
public static class ExcelInput
{
    /// <summary>A workbook on disk; its name in messages is the file name without folders.</summary>
    /// <param name="path">The workbook's path.</param>
    /// <param name="sheet">The worksheet's name (matched ignoring case), or <see langword="null"/> for the first.</param>
    /// <returns>The input, for <see cref="WresInputs"/> or <see cref="EsrCsv"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, or <paramref name="sheet"/> is empty.</exception>
    public static InputFile FromPath(string path, string? sheet = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return FromStream(
            Path.GetFileName(path),
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
            sheet);
    }

    /// <summary>A workbook read from a stream the caller opens on demand (it may be opened more than once).</summary>
    /// <param name="name">The name for messages, for example <c>staff.xlsx</c>.</param>
    /// <param name="open">Opens a new stream positioned at the workbook's start; the reader disposes it. A stream that cannot seek is copied into memory first.</param>
    /// <param name="sheet">The worksheet's name (matched ignoring case), or <see langword="null"/> for the first.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="sheet"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is <see langword="null"/>.</exception>
    public static InputFile FromStream(string name, Func<Stream> open, string? sheet = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(open);
        if (sheet is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(sheet);
        }

        return InputFile.FromStream(name, () => SheetCsvStream.Open(open(), name, sheet));
    }

    /// <summary>
    /// Whether a file should be read as a workbook: its name ends in <c>.xlsx</c> or <c>.xlsm</c> (any case), or its
    /// first bytes are a zip archive's (<c>PK\x03\x04</c>, as every .xlsx is) or an OLE compound file's (an .xls, or
    /// a password-protected .xlsx), so that reading it gives the workbook's own error rather than "not CSV". A file
    /// named <c>.xls</c> is judged by its bytes, since some systems save CSV text under that name. A file that does
    /// not exist is judged by its name.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <returns><see langword="true"/> to read it with <see cref="FromPath"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public static bool IsWorkbook(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16);
            Span<byte> head = stackalloc byte[4];
            var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return length == 4 && (head.SequenceEqual("PK\u0003\u0004"u8) || head.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
