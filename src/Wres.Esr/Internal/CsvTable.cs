using System.Text;
using Sylvan.Data.Csv;
using Wres.Core.Validation;

namespace Wres.Esr.Internal;

/// <summary>
/// One CSV input opened for reading, on Sylvan.Data.Csv: header matched to a schema (case-insensitive,
/// surrounding spaces ignored, extra columns ignored), blank lines skipped, the physical line of every
/// record tracked (quoted fields may hold line breaks), and every way the file can be unreadable turned
/// into an <see cref="EsrFileException"/> with a stable code.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private const int SniffBytes = 1 << 16;
    private readonly CsvDataReader _reader;
    private readonly int[] _ordinals;
    private readonly int _headerFields;
    private int _nextLine;

    private CsvTable(string file, CsvDataReader reader, int[] ordinals, int headerFields, int firstDataLine)
    {
        File = file;
        _reader = reader;
        _ordinals = ordinals;
        _headerFields = headerFields;
        _nextLine = firstDataLine;
    }

    public string File { get; }

    /// <summary>The physical line the current record starts on (the header is line 1).</summary>
    public int Line { get; private set; }

    /// <summary>Whether the schema column is in the header.</summary>
    public bool Has(int column) => _ordinals[column] >= 0;

    /// <summary>The current record's value of a schema column; empty when the column is absent.</summary>
    public ReadOnlySpan<char> this[int column]
    {
        get
        {
            var ordinal = _ordinals[column];
            return ordinal >= 0 && ordinal < _reader.RowFieldCount ? _reader.GetFieldSpan(ordinal) : [];
        }
    }

    /// <summary>Why the current record's field count is wrong, or <see langword="null"/>. Extra blank fields at the end are allowed.</summary>
    public string? FieldCountProblem()
    {
        var count = _reader.RowFieldCount;
        if (count == _headerFields)
        {
            return null;
        }

        if (count > _headerFields)
        {
            for (var i = _headerFields; i < count; i++)
            {
                if (!_reader.GetFieldSpan(i).IsWhiteSpace())
                {
                    return $"The row has {count} fields but the header has {_headerFields}; the row cannot be read safely.";
                }
            }

            return null;
        }

        return $"The row has {count} fields but the header has {_headerFields}; the row cannot be read safely.";
    }

    public static CsvTable Open(InputFile file, FileSchema schema, Encoding encoding, IProgress<ReadProgress>? progress)
    {
        var stream = file.Open();
        try
        {
            stream = RejectBinary(stream, file.Name);
            if (progress is not null)
            {
                stream = new ProgressStream(stream, file.Name, file.Length, progress);
            }

            var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            CsvDataReader reader;
            try
            {
                reader = CsvDataReader.Create(text, new CsvDataReaderOptions
                {
                    HasHeaders = true,
                    Delimiter = ',',
                    Quote = '"',
                    Escape = '"',
                    Comment = '\0',
                    CsvStyle = CsvStyle.Standard,
                    BufferSize = 1 << 16,
                    OwnsReader = true,
                });
            }
            catch (CsvMissingHeadersException e)
            {
                throw new EsrFileException(WresErrorCodes.EmptyFile, file.Name, 1, null, $"{file.Name}: the file is empty; a header row naming the columns is required.", e);
            }
            catch (CsvFormatException e)
            {
                throw Malformed(file.Name, 1, e);
            }

            try
            {
                return MatchHeader(file.Name, reader, schema);
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static CsvTable MatchHeader(string file, CsvDataReader reader, FileSchema schema)
    {
        var names = new string[reader.FieldCount];
        var headerLines = 1;
        for (var i = 0; i < names.Length; i++)
        {
            var name = reader.GetName(i);
            headerLines += name.AsSpan().Count('\n');
            names[i] = name.Trim();
        }

        if (names.All(string.IsNullOrWhiteSpace))
        {
            throw new EsrFileException(WresErrorCodes.EmptyFile, file, 1, null, $"{file}: the first line is blank; a header row naming the columns is required.");
        }

        for (var i = 0; i < names.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (names[i].Length > 0 && string.Equals(names[i], names[j], StringComparison.OrdinalIgnoreCase))
                {
                    throw new EsrFileException(WresErrorCodes.DuplicateColumn, file, 1, names[i], $"{file}: the header names the column '{names[i]}' twice, so its values are ambiguous.");
                }
            }
        }

        var ordinals = new int[schema.Columns.Count];
        for (var c = 0; c < ordinals.Length; c++)
        {
            var spec = schema.Columns[c];
            ordinals[c] = Array.FindIndex(names, n => string.Equals(n, spec.Name, StringComparison.OrdinalIgnoreCase));
            foreach (var alias in spec.Aliases)
            {
                if (ordinals[c] < 0)
                {
                    ordinals[c] = Array.FindIndex(names, n => string.Equals(n, alias, StringComparison.OrdinalIgnoreCase));
                }
            }

            if (ordinals[c] < 0 && spec.Required)
            {
                var also = spec.Aliases.Length > 0 ? $" (or '{string.Join("' or '", spec.Aliases)}')" : string.Empty;
                throw new EsrFileException(
                    WresErrorCodes.MissingRequiredColumn,
                    file,
                    1,
                    spec.Name,
                    $"{file}: the required column '{spec.Name}'{also} is missing from the header of this {schema.Kind} file.");
            }
        }

        return new CsvTable(file, reader, ordinals, names.Length, 1 + headerLines);
    }

    /// <summary>Moves to the next record that is not a blank line.</summary>
    public bool Read()
    {
        while (true)
        {
            bool read;
            try
            {
                read = _reader.Read();
            }
            catch (CsvFormatException e)
            {
                throw Malformed(File, _nextLine, e);
            }

            if (!read)
            {
                return false;
            }

            Line = _nextLine;
            _nextLine += Math.Max(1, _reader.GetRawRecordSpan().Count('\n'));
            if (_reader.RowFieldCount <= 1 && _reader.GetFieldSpan(0).IsWhiteSpace())
            {
                continue;
            }

            return true;
        }
    }

    private static EsrFileException Malformed(string file, int line, CsvFormatException e)
    {
        var what = e is CsvInvalidCharacterException && e.Message.Contains("closing quote", StringComparison.OrdinalIgnoreCase)
            ? "a quoted field is not closed"
            : "the text is not well-formed CSV";
        return new EsrFileException(WresErrorCodes.MalformedCsv, file, line, null, $"{file}: line {line}: {what}; the file cannot be read past this point.", e);
    }

    /// <summary>Looks at the first bytes: NUL bytes (outside a UTF-16 file) mean a binary file, not CSV.</summary>
    private static Stream RejectBinary(Stream stream, string file)
    {
        var buffer = new byte[SniffBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        var head = buffer.AsSpan(0, length);
        var utf16 = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && head.Contains((byte)0))
        {
            throw new EsrFileException(WresErrorCodes.BinaryContent, file, null, null, $"{file}: the file holds binary data, not CSV text (is it a spreadsheet? save it as CSV).");
        }

        if (stream.CanSeek)
        {
            stream.Position = 0;
            return stream;
        }

        return new PrefixStream(buffer, length, stream);
    }

    public void Dispose() => _reader.Dispose();
}
