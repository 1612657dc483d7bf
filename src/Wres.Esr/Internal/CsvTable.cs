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
    private readonly byte _delimiter;
    private readonly int _lineOffset;
    private ChunkStream? _chunkStream;
    private int[] _bounds = new int[64];
    private int _fieldCount;
    private bool _split;
    private int _records;

    private CsvTable(string file, CsvReader reader, int[] ordinals, int headerFields, bool checkUtf8, List<(int, string)> malformed, char delimiter, int lineOffset)
    {
        _delimiter = (byte)delimiter;
        _lineOffset = lineOffset;
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

    /// <summary>The physical line the current record starts on (the first line of the file is line 1, a preamble included).</summary>
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
    /// A record with no quote character is split on its delimiters here, which is exactly how RFC 4180 reads
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
            var commas = Vector256.Create(_delimiter);
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
            if (b == _delimiter)
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
    /// Opens a prepared file (or a chunk of it) past its preamble and header, with the delimiter and columns its layout
    /// found. With <paramref name="encoding"/> <see langword="null"/> the bytes are UTF-8 (or UTF-16, when the layout
    /// found its byte-order mark) and each record is checked to be valid UTF-8 (<see cref="NotUtf8Exception"/>
    /// otherwise); with an encoding, the input is transcoded.
    /// </summary>
    public static CsvTable Open(PreparedFile prepared, Encoding? encoding, IProgress<ReadProgress>? progress, Chunk? chunk = null)
    {
        var file = prepared.File;
        var layout = prepared.Layout;
        encoding ??= layout.Encoding;
        var first = chunk is null || chunk.Index == 0;
        var chunkStream = chunk is null ? null : new ChunkStream(file.Path!, chunk.Start, chunk.End);
        Stream stream = chunkStream ?? prepared.Open();
        try
        {
            if (progress is not null)
            {
                stream = new ProgressStream(stream, file.Name, file.Length, progress);
            }

            if (first)
            {
                Skip(stream, layout.HeaderOffset);
            }

            var malformed = new List<(int, string)>();
            var reader = CsvReader.Create(
                stream,
                new CsvReaderOptions
                {
                    Separator = layout.Delimiter,
                    HasHeader = first,
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
                    MaxRecordSize = MaxRecordBytes,
                    BufferSize = 1 << 18,
                    Encoding = encoding,
                    OnMalformedRecord = record => OnMalformed(file.Name, record, malformed, chunk, first ? layout.PreambleLines : 0),
                },
                leaveOpen: false);
            var match = layout.Match;
            return new CsvTable(file.Name, reader, match.Ordinals, match.Header.Count, encoding is null, malformed, layout.Delimiter, first ? layout.PreambleLines : 0)
            {
                _chunkStream = chunkStream,
            };
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

    /// <summary>
    /// The largest record read (64 MiB: a cell of several megabytes is read; only the record being read is held): a
    /// longer one is a located error that says so, not a crash.
    /// </summary>
    internal const int MaxRecordBytes = 64 << 20;

    /// <summary>Reads past the bytes above the header (a byte-order mark, a preamble), through the stream so that its line breaks are counted.</summary>
    private static void Skip(Stream stream, long bytes)
    {
        if (bytes == 0)
        {
            return;
        }

        Span<byte> buffer = stackalloc byte[4096];
        while (bytes > 0)
        {
            var read = stream.Read(buffer[..(int)Math.Min(bytes, buffer.Length)]);
            if (read == 0)
            {
                return;
            }

            bytes -= read;
        }
    }

    private static void OnMalformed(string file, CsvMalformedRecord record, List<(int, string)> malformed, Chunk? chunk, int lineOffset)
    {
        var line = (int)record.LineNumber + lineOffset;
        if (record.Reason == CsvMalformedReason.UnterminatedQuote && chunk is { Last: false })
        {
            throw new ChunkBoundaryException();
        }

        if (record.Reason == CsvMalformedReason.UnterminatedQuote)
        {
            throw new EsrFileException(WresErrorCodes.MalformedCsv, file, line, null,
                $"{file}: line {line}: a quoted field is not closed; the file cannot be read past this point.");
        }

        var what = record.Reason switch
        {
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
            CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
            _ => "malformed quoting",
        };
        malformed.Add((line, $"The row has {what}, so its fields cannot be read safely."));
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
                throw Malformed(File, (int)e.LineNumber + _lineOffset, e);
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

            Line = (int)_reader.LineNumber + _lineOffset;
            if (_checkUtf8 && !Fields.IsValidUtf8(_reader.RawRecord))
            {
                throw new NotUtf8Exception();
            }

            SplitPlainRecord();
            if (Fields.IsBlank(Field(0)) && AllBlank())
            {
                // A blank line, or one of only delimiters and spaces (what Excel leaves below the data).
                continue;
            }

            return true;
        }
    }

    private bool AllBlank()
    {
        for (var i = 1; i < _fieldCount; i++)
        {
            if (!Fields.IsBlank(Field(i)))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<byte> Field(int ordinal) =>
        (uint)ordinal >= (uint)_fieldCount ? [] : _split ? _reader.RawRecord[_bounds[ordinal]..(_bounds[ordinal + 1] - 1)] : _reader.GetSpan(ordinal);

    private static EsrFileException Malformed(string file, int line, CsvFormatException e) =>
        e.Message.Contains("MaxRecordSize", StringComparison.Ordinal)
            ? new(WresErrorCodes.RecordTooLarge, file, line > 0 ? line : null, null,
                $"{file}: line {(line > 0 ? line : 1)}: a record is longer than {MaxRecordBytes >> 20} MiB, the most the reader takes in one record; the file cannot be read past this point.",
                e)
            : new(WresErrorCodes.MalformedCsv, file, line > 0 ? line : null, null,
                line > 0
                    ? $"{file}: line {line}: the text is not well-formed CSV; the file cannot be read past this point."
                    : $"{file}: the text is not well-formed CSV.",
                e);

    public void Dispose() => _reader.Dispose();
}
