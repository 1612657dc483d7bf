using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Wres.Esr;

namespace Wres.Excel.Reading;

/// <summary>
/// A worksheet as CSV text in UTF-8, produced as it is read: the sheet part's XML is streamed with an
/// <see cref="XmlReader"/> (never a DOM of the sheet; the SDK's <c>OpenXmlReader</c>, measured, took 20 to 80 times
/// the CSV reader's time and 7 KB per row, an element object per element) and each is written as one CSV line, with a blank line for
/// each row number the sheet skips, so that line <i>n</i> of the text is row <i>n</i> of the sheet and the CSV
/// reader's line numbers are the sheet's row numbers. Every row is as wide as the header (the first row with a
/// value), as a CSV file saved by Excel is.
/// </summary>
/// <remarks>
/// A line break inside a cell is written as a space, so that a record never spans two lines and the line numbers
/// stay the sheet's. Cell values are written as <see cref="CellText"/> describes.
/// </remarks>
internal sealed partial class SheetCsvStream : Stream
{
    private readonly WorkbookSource _source;
    private readonly string _file;
    private readonly XmlReader _reader;
    private readonly Stream _part;
    private readonly CellText _text;
    private readonly StringBuilder _inline = new();

    private byte[] _bytes = new byte[1 << 14];
    private int _start;
    private int _end;
    private char[] _chars = new char[1 << 12];
    private bool _finished;

    private string?[] _cells = new string?[64];
    private int _lastValueColumn = -1;
    private int _width = -1;
    private int _nextLine = 1;

    private bool _inRow;
    private int _row;
    private int _lastColumn = -1;

    private bool _inCell;
    private int _cellColumn;
    private string? _cellType;
    private int _cellStyle;
    private string? _cellValue;
    private bool _inSheetData;
    private bool _inValue;
    private bool _inInline;
    private bool _inText;
    private int _phoneticDepth;

    private SheetCsvStream(WorkbookSource source, string file)
    {
        _source = source;
        _file = file;
        _text = new CellText(source, file);
        _part = source.Sheet.GetStream(FileMode.Open, FileAccess.Read);
        _reader = XmlReader.Create(_part, Settings);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Opens the workbook and its sheet; every way it can fail is one <see cref="EsrFileException"/>.</summary>
    public static SheetCsvStream Open(Stream workbook, string file, string? sheet)
    {
        var source = WorkbookSource.Open(workbook, file, sheet);
        try
        {
            return new SheetCsvStream(source, file);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            source.Dispose();
            throw WorkbookProblem.Damaged(file, $"the sheet '{source.SheetName}' cannot be opened", e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_start == _end && !_finished)
        {
            _start = _end = 0;
            Fill();
        }

        var count = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _part.Dispose();
            _source.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads the sheet's elements until at least one line is written or the sheet ends.</summary>
    private void Fill()
    {
        try
        {
            while (_end == 0)
            {
                if (!_reader.Read())
                {
                    EndRow();
                    _finished = true;
                    return;
                }

                Element();
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or OpenXmlPackageException or FormatException or InvalidOperationException)
        {
            throw WorkbookProblem.DamagedAt(_file, _inRow ? _row : _nextLine, $"the sheet '{_source.SheetName}' is not valid", e);
        }
    }

    /// <summary>Writes the row that is open, if it has a value: the blank lines of the rows skipped before it, then its line.</summary>
    private void EndRow()
    {
        EndCell();
        if (!_inRow)
        {
            return;
        }

        _inRow = false;
        if (_lastValueColumn < 0)
        {
            return;
        }

        if (_width < 0)
        {
            _width = _lastValueColumn + 1;
        }

        var length = 0;
        var fields = Math.Max(_width, _lastValueColumn + 1);
        for (var column = 0; column < fields; column++)
        {
            if (column > 0)
            {
                Append(ref length, ',');
            }

            if (column <= _lastValueColumn && _cells[column] is { } value)
            {
                Field(ref length, value);
                _cells[column] = null;
            }
        }

        Append(ref length, '\n');
        var blank = _row - _nextLine;
        _nextLine = _row + 1;
        Bytes(blank, length);
    }

    /// <summary>Writes a field: line breaks as spaces, quoted (quotes doubled) when it holds a comma or a quote.</summary>
    private void Field(ref int length, string value)
    {
        var quote = value.AsSpan().IndexOfAny(',', '"') >= 0;
        if (quote)
        {
            Append(ref length, '"');
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    Append(ref length, '"');
                    Append(ref length, '"');
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    Append(ref length, ' ');
                    break;
                default:
                    Append(ref length, c);
                    break;
            }
        }

        if (quote)
        {
            Append(ref length, '"');
        }
    }

    private void Append(ref int length, char c)
    {
        if (length == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[length++] = c;
    }

    /// <summary>Encodes <paramref name="blank"/> empty lines and then the line in the character buffer as UTF-8 after the bytes not yet read.</summary>
    private void Bytes(int blank, int length)
    {
        var needed = _end + blank + Encoding.UTF8.GetMaxByteCount(length);
        if (needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, needed));
        }

        _bytes.AsSpan(_end, blank).Fill((byte)'\n');
        _end += blank;
        _end += Encoding.UTF8.GetBytes(_chars.AsSpan(0, length), _bytes.AsSpan(_end));
    }
}
