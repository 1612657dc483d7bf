using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;
using CsvHelper;
using Wres.Core.Validation;

namespace Wres.Esr.Internal;

/// <summary>
/// One CSV input opened for reading, on CsvHelper's UTF-8 reader: fields are byte spans into its buffer,
/// the header is matched to a schema (case-insensitive, surrounding spaces ignored, extra columns
/// ignored), blank lines are skipped, the physical line of every record is tracked, and every way the
/// file can be unreadable becomes an <see cref="EsrFileException"/> with a stable code. Rows with
/// malformed quoting are handed to the caller's tally as rejections.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvReader _reader;
    private readonly int[] _ordinals;
    private readonly int _headerFields;
    private readonly bool _checkUtf8;
    private readonly List<(int Line, string Message)> _malformed;
    private ChunkStream? _chunkStream;
    private int[] _bounds = new int[64];
    private int _fieldCount;
    private bool _split;
    private int _records;

    private CsvTable(string file, CsvReader reader, int[] ordinals, int headerFields, bool checkUtf8, List<(int, string)> malformed)
    {
        File = file;
        _reader = reader;
        _ordinals = ordinals;
        _headerFields = headerFields;
        _checkUtf8 = checkUtf8;
        _malformed = malformed;
    }

    public string File { get; }

    /// <summary>For a chunk of a file: the line breaks in the bytes read so far.</summary>
    public int LineBreaks => _chunkStream?.LineBreaks ?? 0;

    /// <summary>The physical line the current record starts on (the header is line 1).</summary>
    public int Line { get; private set; }

    /// <summary>Whether the schema column is in the header.</summary>
    public bool Has(int column) => _ordinals[column] >= 0;

    /// <summary>The current record's value of a schema column as UTF-8, unquoted; empty when the column is absent.</summary>
    public ReadOnlySpan<byte> this[int column] => FieldOf(_split ? _reader.RawRecord : default, column);

    /// <summary>The current record, for reading several fields from one view of the reader's buffer.</summary>
    public CsvRecord Record => new(this, _split ? _reader.RawRecord : default);

    /// <summary>A schema column's value in the current record, <paramref name="raw"/> being the record when it was split here.</summary>
    internal ReadOnlySpan<byte> FieldOf(ReadOnlySpan<byte> raw, int column)
    {
        var ordinal = _ordinals[column];
        if ((uint)ordinal >= (uint)_fieldCount)
        {
            return [];
        }

        return _split ? raw[_bounds[ordinal]..(_bounds[ordinal + 1] - 1)] : _reader.GetSpan(ordinal);
    }

    /// <summary>
    /// A record with no quote character is split on its commas here, which is exactly how RFC 4180 reads
    /// it and cheaper than asking for each field; quoted records are left to the reader.
    /// </summary>
    private void SplitPlainRecord()
    {
        var raw = _reader.RawRecord;
        if (_bounds.Length < raw.Length + 2)
        {
            Array.Resize(ref _bounds, Math.Max(_bounds.Length * 2, raw.Length + 2));
        }

        var bounds = _bounds;
        var count = 0;
        bounds[0] = 0;
        var position = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var commas = Vector256.Create((byte)',');
            var quotes = Vector256.Create((byte)'"');
            for (; position + Vector256<byte>.Count <= raw.Length; position += Vector256<byte>.Count)
            {
                var block = Vector256.Create(raw.Slice(position, Vector256<byte>.Count));
                if (Vector256.EqualsAny(block, quotes))
                {
                    SplitByReader();
                    return;
                }

                for (var mask = Vector256.Equals(block, commas).ExtractMostSignificantBits(); mask != 0; mask &= mask - 1)
                {
                    bounds[++count] = position + BitOperations.TrailingZeroCount(mask) + 1;
                }
            }
        }

        for (; position < raw.Length; position++)
        {
            var b = raw[position];
            if (b == (byte)',')
            {
                bounds[++count] = position + 1;
            }
            else if (b == (byte)'"')
            {
                SplitByReader();
                return;
            }
        }

        bounds[++count] = raw.Length + 1;
        _fieldCount = count;
        _split = true;
    }

    private void SplitByReader()
    {
        _split = false;
        _fieldCount = _reader.FieldCount;
    }

    /// <summary>Why the current record's field count is wrong, or <see langword="null"/>. Extra blank fields at the end are allowed.</summary>
    public string? FieldCountProblem()
    {
        var count = _fieldCount;
        if (count == _headerFields)
        {
            return null;
        }

        if (count > _headerFields)
        {
            for (var i = _headerFields; i < count; i++)
            {
                if (!Fields.IsBlank(Field(i)))
                {
                    return $"The row has {count} fields but the header has {_headerFields}; the row cannot be read safely.";
                }
            }

            return null;
        }

        return $"The row has {count} fields but the header has {_headerFields}; the row cannot be read safely.";
    }

    /// <summary>
    /// Opens the file. With <paramref name="encoding"/> <see langword="null"/> the bytes are UTF-8 and
    /// each record is checked to be valid UTF-8 (<see cref="NotUtf8Exception"/> otherwise); with an
    /// encoding, the input is transcoded.
    /// </summary>
    public static CsvTable Open(InputFile file, FileSchema schema, Encoding? encoding, IProgress<ReadProgress>? progress, Chunk? chunk = null)
    {
        var chunkStream = chunk is null ? null : new ChunkStream(file.Path!, chunk.Start, chunk.End);
        Stream stream = chunkStream ?? file.Open();
        try
        {
            if (chunk is null || chunk.Index == 0)
            {
                stream = BinaryCheck.RejectBinary(stream, file.Name);
            }

            if (progress is not null)
            {
                stream = new ProgressStream(stream, file.Name, file.Length, progress);
            }

            var malformed = new List<(int, string)>();
            var reader = CsvReader.Create(
                stream,
                new CsvReaderOptions
                {
                    Separator = ',',
                    HasHeader = chunk is null || chunk.Index == 0,
                    Mode = CsvMode.Rfc4180,
                    Quote = '"',
                    AllowLineBreaksInQuotes = true,
                    SkipEmptyLines = true,
                    TrimWhitespace = false,
                    TrackLineNumbers = true,
                    DetectSeparatorHint = false,
                    MalformedData = CsvMalformedDataHandling.Skip,
                    FieldCountMismatch = CsvFieldCountHandling.Allow,
                    MissingField = CsvMissingFieldHandling.ReturnEmpty,
                    MaxRecordSize = 1 << 20,
                    BufferSize = 1 << 18,
                    Encoding = encoding,
                    OnMalformedRecord = record => OnMalformed(file.Name, record, malformed, chunk),
                },
                leaveOpen: false);
            try
            {
                var names = chunk is null || chunk.Index == 0 ? reader.Headers : chunk.Header;
                var table = MatchHeader(file.Name, reader, names, schema, encoding is null, malformed);
                table._chunkStream = chunkStream;
                return table;
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }
        catch (CsvFormatException e)
        {
            stream.Dispose();
            throw Malformed(file.Name, (int)e.LineNumber, e);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static void OnMalformed(string file, CsvMalformedRecord record, List<(int, string)> malformed, Chunk? chunk)
    {
        if (record.Reason == CsvMalformedReason.UnterminatedQuote && chunk is { Last: false })
        {
            throw new ChunkBoundaryException();
        }

        if (record.Reason == CsvMalformedReason.UnterminatedQuote)
        {
            throw new EsrFileException(WresErrorCodes.MalformedCsv, file, (int)record.LineNumber, null,
                $"{file}: line {record.LineNumber}: a quoted field is not closed; the file cannot be read past this point.");
        }

        var what = record.Reason switch
        {
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
            CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
            _ => "malformed quoting",
        };
        malformed.Add(((int)record.LineNumber, $"The row has {what}, so its fields cannot be read safely."));
    }

    /// <summary>The header names of a file, read from its first lines, for its later chunks.</summary>
    public static IReadOnlyList<string> ReadHeader(InputFile file)
    {
        using var reader = CsvReader.Create(file.Open(), new CsvReaderOptions { Separator = ',', HasHeader = true, DetectSeparatorHint = false, MaxRecordSize = 1 << 20 }, leaveOpen: false);
        return [.. reader.Headers];
    }

    private static CsvTable MatchHeader(string file, CsvReader reader, IReadOnlyList<string> header, FileSchema schema, bool checkUtf8, List<(int, string)> malformed)
    {
        var names = header.Select(n => n.Trim()).ToArray();
        if (names.Length == 0 || names.All(string.IsNullOrWhiteSpace))
        {
            throw new EsrFileException(WresErrorCodes.EmptyFile, file, 1, null, $"{file}: the file is empty; a header row naming the columns is required.");
        }

        if (checkUtf8 && names.Any(n => n.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            throw new NotUtf8Exception();
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
        List<ColumnSpec>? missing = null;
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
                (missing ??= []).Add(spec);
            }
        }

        if (missing is not null)
        {
            var columns = missing.Select(s => s.Aliases.Length > 0 ? $"'{s.Name}' (or '{string.Join("' or '", s.Aliases)}')" : $"'{s.Name}'").ToArray();
            var message = columns.Length == 1
                ? $"{file}: the required column {columns[0]} is missing from the header of this {schema.Kind} file."
                : $"{file}: the required columns {string.Join(", ", columns[..^1])} and {columns[^1]} are missing from the header of this {schema.Kind} file.";
            throw new EsrFileException(WresErrorCodes.MissingRequiredColumn, file, 1, missing[0].Name, message);
        }

        return new CsvTable(file, reader, ordinals, names.Length, checkUtf8, malformed);
    }

    /// <summary>As <see cref="Read(SourceTally)"/>, stopping when <paramref name="cancellationToken"/> is cancelled (checked every 65,536 records).</summary>
    public bool Read(SourceTally tally, CancellationToken cancellationToken)
    {
        if ((++_records & 0xFFFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Read(tally);
    }

    /// <summary>
    /// Moves to the next record that is not a blank line. Rows skipped for malformed quoting since the
    /// last call are rejected on <paramref name="tally"/> first, so that every row is accounted for.
    /// </summary>
    public bool Read(SourceTally tally)
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
                throw Malformed(File, (int)e.LineNumber, e);
            }

            if (_malformed.Count > 0)
            {
                foreach (var (line, message) in _malformed)
                {
                    tally.Reject(line, null, WresErrorCodes.MalformedRecord, message);
                }

                _malformed.Clear();
            }

            if (!read)
            {
                return false;
            }

            Line = (int)_reader.LineNumber;
            if (_checkUtf8 && !Fields.IsValidUtf8(_reader.RawRecord))
            {
                throw new NotUtf8Exception();
            }

            SplitPlainRecord();
            if (_fieldCount <= 1 && Fields.IsBlank(Field(0)))
            {
                continue;
            }

            return true;
        }
    }

    private ReadOnlySpan<byte> Field(int ordinal) =>
        (uint)ordinal >= (uint)_fieldCount ? [] : _split ? _reader.RawRecord[_bounds[ordinal]..(_bounds[ordinal + 1] - 1)] : _reader.GetSpan(ordinal);

    private static EsrFileException Malformed(string file, int line, CsvFormatException e) =>
        new(WresErrorCodes.MalformedCsv, file, line > 0 ? line : null, null,
            line > 0
                ? $"{file}: line {line}: the text is not well-formed CSV; the file cannot be read past this point."
                : $"{file}: the text is not well-formed CSV.",
            e);

    public void Dispose() => _reader.Dispose();
}
