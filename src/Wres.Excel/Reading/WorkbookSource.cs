using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wres.Excel.Reading;

/// <summary>
/// An opened workbook and the chosen worksheet: what a row needs to be read (the shared strings, which styles show
/// dates, the date system), loaded once, while the sheet's rows are left to be streamed.
/// </summary>
internal sealed class WorkbookSource : IDisposable
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly Stream _stream;
    private readonly SpreadsheetDocument _document;

    private WorkbookSource(Stream stream, SpreadsheetDocument document, WorksheetPart sheet, string sheetName, string[] sharedStrings, bool[] dateStyles, bool date1904)
    {
        _stream = stream;
        _document = document;
        Sheet = sheet;
        SheetName = sheetName;
        SharedStrings = sharedStrings;
        DateStyles = dateStyles;
        Date1904 = date1904;
    }

    /// <summary>The worksheet to read.</summary>
    public WorksheetPart Sheet { get; }

    /// <summary>The worksheet's name (its tab).</summary>
    public string SheetName { get; }

    /// <summary>The shared strings, by index.</summary>
    public string[] SharedStrings { get; }

    /// <summary>For each cell style (<c>s</c>), whether its number format shows a date.</summary>
    public bool[] DateStyles { get; }

    /// <summary>Whether serial dates count from 1904-01-01 (<c>workbookPr date1904</c>) rather than 1900.</summary>
    public bool Date1904 { get; }

    /// <summary>Checks the bytes are an .xlsx workbook and opens it; every way it can fail is one <see cref="Esr.EsrFileException"/>.</summary>
    /// <param name="stream">The workbook's bytes; owned (disposed) by the result, or here when opening fails.</param>
    /// <param name="file">The name for messages.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> for the first.</param>
    public static WorkbookSource Open(Stream stream, string file, string? sheet)
    {
        try
        {
            var seekable = Seekable(stream);
            if (!ReferenceEquals(seekable, stream))
            {
                stream.Dispose();
                stream = seekable;
            }

            CheckMagic(stream, file);
            return OpenPackage(stream, file, sheet);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static void CheckMagic(Stream stream, string file)
    {
        Span<byte> head = stackalloc byte[8];
        var length = 0;
        int read;
        while (length < head.Length && (read = stream.Read(head[length..])) > 0)
        {
            length += read;
        }

        stream.Position = 0;
        head = head[..length];
        if (length == 0)
        {
            throw WorkbookProblem.Empty(file);
        }

        if (head.SequenceEqual(OleMagic))
        {
            throw HoldsEncryptionInfo(stream) ? WorkbookProblem.Encrypted(file) : WorkbookProblem.LegacyWorkbook(file);
        }

        if (!head.StartsWith(ZipMagic))
        {
            throw WorkbookProblem.NotAWorkbook(file);
        }
    }

    /// <summary>
    /// Whether an OLE compound file holds an <c>EncryptionInfo</c> stream, as an .xlsx saved with a password does:
    /// its directory names it in UTF-16. An .xls workbook has none.
    /// </summary>
    private static bool HoldsEncryptionInfo(Stream stream)
    {
        var name = Encoding.Unicode.GetBytes("EncryptionInfo");
        var buffer = new byte[(1 << 16) + name.Length];
        var kept = 0;
        int read;
        while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + read;
            if (buffer.AsSpan(0, filled).IndexOf(name) >= 0)
            {
                return true;
            }

            kept = Math.Min(name.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return false;
    }

    private static WorkbookSource OpenPackage(Stream stream, string file, string? sheet)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw WorkbookProblem.Damaged(file, "not a valid .xlsx package", e);
        }

        try
        {
            var workbookPart = document.WorkbookPart ?? throw WorkbookProblem.Damaged(file, "it has no workbook part");
            var workbook = workbookPart.Workbook;
            var (part, name) = FindSheet(workbookPart, workbook, file, sheet);
            var date1904 = workbook.WorkbookProperties?.Date1904?.Value == true;
            var dateStyles = DateStylesOf(workbookPart.WorkbookStylesPart?.Stylesheet);
            var sharedStrings = SharedStringsOf(workbookPart.SharedStringTablePart);
            return new WorkbookSource(stream, document, part, name, sharedStrings, dateStyles, date1904);
        }
        catch (Exception e) when (e is not Esr.EsrFileException and not OutOfMemoryException)
        {
            document.Dispose();
            throw WorkbookProblem.Damaged(file, "its workbook, styles or shared strings are not valid", e);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static (WorksheetPart Part, string Name) FindSheet(WorkbookPart workbookPart, Workbook workbook, string file, string? wanted)
    {
        var names = new List<string>();
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? string.Empty;
            names.Add(name);
            if (wanted is not null && !string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                throw wanted is null ? WorkbookProblem.NoWorksheet(file) : WorkbookProblem.NotAWorksheet(file, name);
            }

            return (part, name);
        }

        throw wanted is null ? WorkbookProblem.NoWorksheet(file) : WorkbookProblem.NoSuchSheet(file, wanted, names);
    }

    private static bool[] DateStylesOf(Stylesheet? styles)
    {
        if (styles?.CellFormats is not { } formats)
        {
            return [];
        }

        var custom = new Dictionary<uint, string?>();
        foreach (var format in styles.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                custom[id] = format.FormatCode?.Value;
            }
        }

        var result = new List<bool>();
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            result.Add(custom.TryGetValue(id, out var code) ? DateFormats.IsDateCode(code) : DateFormats.IsBuiltInDate(id));
        }

        return [.. result];
    }

    /// <summary>
    /// The shared strings, streamed with an <see cref="XmlReader"/> as the sheet is: a string's plain text, or its
    /// runs' text joined; phonetic guides (<c>rPh</c>) left out.
    /// </summary>
    private static string[] SharedStringsOf(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        var text = new StringBuilder();
        var inText = false;
        var phonetic = 0;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "si" when reader.IsEmptyElement:
                            strings.Add(string.Empty);
                            break;
                        case "si":
                            text.Clear();
                            phonetic = 0;
                            break;
                        case "t":
                            inText = !reader.IsEmptyElement && phonetic == 0;
                            break;
                        case "rPh" when !reader.IsEmptyElement:
                            phonetic++;
                            break;
                    }

                    break;
                case XmlNodeType.EndElement:
                    switch (reader.LocalName)
                    {
                        case "si":
                            strings.Add(text.ToString());
                            break;
                        case "t":
                            inText = false;
                            break;
                        case "rPh":
                            phonetic--;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inText)
                    {
                        text.Append(reader.Value);
                    }

                    break;
            }
        }

        return [.. strings];
    }
}
