using System.Text;

namespace Wres.Reporting.Tests.Builders;

/// <summary>A strict RFC 4180 reader for checking the CSV writer's output: CRLF between records, quoted fields.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                }
                else if (c == '"')
                {
                    quoted = false;
                    i++;
                }
                else
                {
                    field.Append(c);
                    i++;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                i++;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else if (c is '\r' or '\n' or '"')
            {
                throw new FormatException($"Unquoted '{c}' at {i}.");
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (quoted)
        {
            throw new FormatException("Unterminated quoted field.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
