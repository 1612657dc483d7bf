using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Wres.Reporting.Comparison;

/// <summary>
/// Takes in last year's report before it is parsed, refusing early what cannot be a <c>wres-report/1</c> report: more
/// than <see cref="PreviousReport.MaximumSize"/> bytes (a seekable stream by its length, before anything is read; any
/// other stream, such as a pipe or a device, as soon as it has given more than that), or objects and lists nested
/// deeper than <see cref="PreviousReport.MaximumDepth"/>.
/// </summary>
internal static class PreviousReportInput
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The text's UTF-8 bytes; a <see cref="FormatException"/> when it is too large for a report.</summary>
    public static ReadOnlyMemory<byte> Bytes(string json)
    {
        // Each character is at least one byte, so a longer string is too large whatever its content.
        if (json.Length > PreviousReport.MaximumSize || Encoding.UTF8.GetByteCount(json) > PreviousReport.MaximumSize)
        {
            throw TooLarge();
        }

        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>
    /// The stream's bytes to its end, without a UTF-8 byte-order mark; a <see cref="FormatException"/> as soon as the
    /// stream is known to hold more than <see cref="PreviousReport.MaximumSize"/> bytes.
    /// </summary>
    public static ReadOnlyMemory<byte> Bytes(Stream utf8Json)
    {
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > PreviousReport.MaximumSize)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > PreviousReport.MaximumSize)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        return bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
    }

    /// <summary>
    /// Checks that no object or list is nested deeper than <see cref="PreviousReport.MaximumDepth"/>, reading the
    /// tokens only as far as the first one that is; JSON that is not valid is left to the parser to name.
    /// </summary>
    public static void CheckDepth(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = PreviousReport.MaximumDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if ((reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) && reader.CurrentDepth >= PreviousReport.MaximumDepth)
                {
                    throw new FormatException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{PreviousReportReader.Prefix}it nests objects or lists deeper than a report's {PreviousReport.MaximumDepth} levels (line {LineOf(utf8Json, reader.TokenStartIndex)})."));
                }
            }
        }
        catch (JsonException)
        {
            // Not valid JSON: the parser says where.
        }
    }

    private static long LineOf(ReadOnlySpan<byte> utf8Json, long index) => utf8Json[..(int)index].Count((byte)'\n') + 1;

    private static FormatException TooLarge() => new(string.Create(
        CultureInfo.InvariantCulture,
        $"{PreviousReportReader.Prefix}it holds more than {PreviousReport.MaximumSize / (1024 * 1024)} MiB, far more than any report (a year's report by organisation for a whole region is a few MB)."));
}
