using System.Text;

namespace Wres.Esr.Internal;

/// <summary>
/// Finds a file's layout from its first bytes: the encoding (a UTF-16 byte-order mark), the header — the first line,
/// within the first <see cref="MaxHeaderLine"/>, that holds the schema's required columns — and the delimiter that
/// makes it so (comma, tab, semicolon or pipe). Works once per file, on at most the bytes already read to check the
/// file is text.
/// </summary>
internal static class LayoutSniffer
{
    /// <summary>The header is looked for in this many lines.</summary>
    public const int MaxHeaderLine = 10;

    private static readonly char[] Delimiters = [',', '\t', ';', '|'];

    public static Layout Sniff(ReadOnlySpan<byte> head, FileSchema schema, IReadOnlyDictionary<string, string>? mapped, string mappingKey)
    {
        Encoding? encoding = null;
        var bom = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = Encoding.Unicode;
            bom = 2;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = Encoding.BigEndianUnicode;
            bom = 2;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bom = 3;
        }

        var (text, decoder) = Decode(head[bom..], encoding);
        var lines = Lines(text);
        Candidate? best = null;
        for (var line = 0; line < lines.Count && line < MaxHeaderLine; line++)
        {
            foreach (var delimiter in Delimiters)
            {
                var fields = Split(lines[line].Text, delimiter);
                var match = HeaderMatcher.Match(fields, schema, mapped, mappingKey);
                var candidate = new Candidate(line, delimiter, match, fields.Count, match.Ordinals.Count(o => o >= 0));
                if (best is null || candidate.IsBetterThan(best))
                {
                    best = candidate;
                }
            }

            if (best is { Match.Missing.Count: 0 })
            {
                break;
            }
        }

        if (best is null || best.Match.RequiredFound == 0)
        {
            // No line holds any required column: the first line is the header, split on whichever delimiter splits it most.
            var first = lines.Count == 0 ? string.Empty : lines[0].Text;
            var delimiter = Delimiters.MaxBy(d => Split(first, d).Count);
            best = new Candidate(0, delimiter, HeaderMatcher.Match(Split(first, delimiter), schema, mapped, mappingKey), 0, 0);
        }

        var offset = bom + decoder.GetByteCount(text.AsSpan(0, lines.Count == 0 ? 0 : lines[best.Line].Start));
        var preamble = lines.Take(best.Line).Select(l => l.Text.Trim()).FirstOrDefault(l => l.Trim(Delimiters).Trim().Length > 0);
        return new Layout(encoding, best.Delimiter, best.Line + 1, offset, preamble, best.Match);
    }

    /// <summary>The text of the first bytes, and the encoding that decoded it (so that offsets count the file's bytes).</summary>
    private static (string Text, Encoding Decoder) Decode(ReadOnlySpan<byte> bytes, Encoding? encoding)
    {
        if (encoding is not null)
        {
            return (encoding.GetString(bytes[..(bytes.Length & ~1)]), encoding);
        }

        // Whole lines only: a character cut at the end of the bytes read is not a sign of another encoding.
        if (bytes.LastIndexOf((byte)'\n') is var end and >= 0)
        {
            bytes = bytes[..(end + 1)];
        }

        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
        return utf8.Contains('\uFFFD', StringComparison.Ordinal) ? (Encodings.Windows1252.GetString(bytes), Encodings.Windows1252) : (utf8, Encoding.UTF8);
    }

    /// <summary>The first lines of the text, each with where it starts (in characters).</summary>
    private static List<(int Start, string Text)> Lines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        while (lines.Count < MaxHeaderLine)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                if (start < text.Length)
                {
                    lines.Add((start, text[start..].TrimEnd('\r')));
                }

                break;
            }

            lines.Add((start, text[start..end].TrimEnd('\r')));
            start = end + 1;
        }

        return lines;
    }

    /// <summary>Splits one line on a delimiter, RFC 4180 quoting respected (a quoted field may hold the delimiter; <c>""</c> is a quote).</summary>
    internal static List<string> Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                quoted = true;
                field.Clear();
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private sealed record Candidate(int Line, char Delimiter, HeaderMatch Match, int Fields, int Found)
    {
        /// <summary>More required columns, then more columns in all, then (same line) more fields; earlier lines and delimiters win ties.</summary>
        public bool IsBetterThan(Candidate other) =>
            Match.RequiredFound != other.Match.RequiredFound ? Match.RequiredFound > other.Match.RequiredFound
            : Line != other.Line ? false
            : Found != other.Found ? Found > other.Found
            : false;
    }
}
