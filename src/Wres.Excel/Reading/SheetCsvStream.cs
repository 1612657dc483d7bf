using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wres.Esr;

namespace Wres.Excel.Reading;

/// <summary>
/// A worksheet as CSV text in UTF-8, produced as it is read: the sheet's rows are streamed with the Open XML SDK's
/// <see cref="OpenXmlReader"/> (never a DOM of the sheet) and each is written as one CSV line, with a blank line for
/// each row number the sheet skips, so that line <i>n</i> of the text is row <i>n</i> of the sheet and the CSV
/// reader's line numbers are the sheet's row numbers. Every row is as wide as the header (the first row with a
/// value), as a CSV file saved by Excel is.
/// </summary>
/// <remarks>
/// A line break inside a cell is written as a space, so that a record never spans two lines and the line numbers
/// stay the sheet's. Cell values are written as <see cref="CellText"/> describes.
/// </remarks>
internal sealed class SheetCsvStream : Stream
{
    private readonly WorkbookSource _source;
    private readonly string _file;
    private readonly OpenXmlReader _reader;
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
    private bool _inInline;
    private int _phoneticDepth;

    private SheetCsvStream(WorkbookSource source, string file)
    {
        _source = source;
        _file = file;
        _text = new CellText(source, file);
        _reader = OpenXmlReader.Create(source.Sheet);
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

    private void Element()
    {
        var type = _reader.ElementType;
        var start = _reader.IsStartElement;
        if (type == typeof(Cell))
        {
            if (start)
            {
                StartCell();
            }
            else
            {
                EndCell();
            }
        }
        else if (type == typeof(CellValue))
        {
            if (start && _inCell)
            {
                _cellValue = _reader.GetText();
            }
        }
        else if (type == typeof(Text))
        {
            if (start && _inInline && _phoneticDepth <= 0)
            {
                _inline.Append(_reader.GetText());
            }
        }
        else if (type == typeof(InlineString))
        {
            _inInline = start && _inCell;
        }
        else if (type == typeof(PhoneticRun))
        {
            _phoneticDepth += start ? 1 : -1;
        }
        else if (type == typeof(Row))
        {
            if (start)
            {
                StartRow();
            }
            else
            {
                EndRow();
            }
        }
        else if (type == typeof(SheetData) && !start)
        {
            EndRow();
        }
    }

    private void StartRow()
    {
        EndRow();
        var row = -1;
        foreach (var attribute in _reader.Attributes)
        {
            if (attribute.LocalName == "r" && attribute.NamespaceUri.Length == 0)
            {
                row = CellReference.Row(attribute.Value);
                if (row < 0)
                {
                    throw WorkbookProblem.DamagedAt(_file, _nextLine, $"the sheet '{_source.SheetName}' has a row numbered '{attribute.Value}'");
                }
            }
        }

        if (row < 0)
        {
            row = _row + 1;
        }

        if (row <= _row)
        {
            throw WorkbookProblem.DamagedAt(_file, row, $"the sheet '{_source.SheetName}' has its rows out of order");
        }

        _row = row;
        _inRow = true;
        _lastColumn = -1;
        _lastValueColumn = -1;
    }

    private void StartCell()
    {
        EndCell();
        if (!_inRow)
        {
            return;
        }

        var column = -1;
        _cellType = null;
        _cellStyle = 0;
        foreach (var attribute in _reader.Attributes)
        {
            if (attribute.NamespaceUri.Length != 0)
            {
                continue;
            }

            switch (attribute.LocalName)
            {
                case "r":
                    column = CellReference.Column(attribute.Value);
                    if (column < 0)
                    {
                        throw WorkbookProblem.DamagedAt(_file, _row, $"the sheet '{_source.SheetName}' has a cell '{attribute.Value}'");
                    }

                    break;
                case "t":
                    _cellType = attribute.Value;
                    break;
                case "s":
                    _cellStyle = int.TryParse(attribute.Value, out var style) ? style : 0;
                    break;
            }
        }

        if (column < 0)
        {
            column = _lastColumn + 1;
        }

        if (column <= _lastColumn || column >= CellReference.MaxColumns)
        {
            throw WorkbookProblem.DamagedAt(_file, _row, $"the sheet '{_source.SheetName}' has its cells out of order");
        }

        _lastColumn = column;
        _cellColumn = column;
        _cellValue = null;
        _inline.Clear();
        _inInline = false;
        _phoneticDepth = 0;
        _inCell = true;
    }

    private void EndCell()
    {
        if (!_inCell)
        {
            return;
        }

        _inCell = false;
        _inInline = false;
        var text = _text.Of(_cellType, _cellStyle, _cellValue, _inline, _row);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (_cellColumn >= _cells.Length)
        {
            Array.Resize(ref _cells, Math.Max(_cells.Length * 2, _cellColumn + 1));
        }

        _cells[_cellColumn] = text;
        _lastValueColumn = _cellColumn;
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
