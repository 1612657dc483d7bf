using System.Buffers;
using System.Text;

namespace Wres.Synthetic.Internal;

/// <summary>Writes CSV as the data contract reads it: RFC 4180 quoting, CRLF line ends, UTF-8 without a byte-order mark.</summary>
internal static class CsvFile
{
    private const int BufferSize = 1 << 16;

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes the header and the rows to a new file (replacing any file of that name).</summary>
    public static void Write(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        using var writer = new StreamWriter(stream, Utf8NoBom, BufferSize);
        WriteRow(writer, header);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }
    }

    /// <summary>Writes one record and its CRLF.</summary>
    public static void WriteRow(TextWriter writer, ReadOnlySpan<string> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var cell = cells[i].AsSpan();
            if (cell.IndexOfAny(NeedsQuotes) < 0)
            {
                writer.Write(cell);
                continue;
            }

            // Quoted: the cell between double quotes, each double quote in it doubled.
            writer.Write('"');
            int quote;
            while ((quote = cell.IndexOf('"')) >= 0)
            {
                writer.Write(cell[..(quote + 1)]);
                writer.Write('"');
                cell = cell[(quote + 1)..];
            }

            writer.Write(cell);
            writer.Write('"');
        }

        writer.Write("\r\n");
    }
}
