using System.Text.Json;
using Wres.Esr.Inspection;

namespace Wres.Cli;

/// <summary>
/// Writes <c>wres inspect --write-mapping FILE</c>: a mapping file (the JSON of <c>--mapping</c>) holding what inspect
/// found to fill in. Under <c>columns</c>, the headers that may hold a contract column (pre-filled with the guess) and,
/// for a file missing a required column, every unused header (blank); under <c>values</c>, every value that did not
/// classify (blank). A blank must be filled in, or its line deleted, before the file is given to <c>--mapping</c>.
/// </summary>
internal static class MappingSkeleton
{
    public static void Write(IReadOnlyList<FileInspection> files, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteCommentValue(" wres mapping file, written by 'wres inspect'. Fill in each \"\" (a contract column under columns; a known value under values) or delete its line, then run: wres report --mapping THIS-FILE ... ");
        json.WriteStartObject();
        json.WriteStartObject("columns");
        foreach (var file in files)
        {
            var headers = file.UnusedHeaders.Where(h => file.Suggestions.ContainsKey(h) || !file.Readable).ToList();
            if (headers.Count == 0)
            {
                continue;
            }

            json.WriteStartObject(file.MappingKey);
            foreach (var header in headers)
            {
                json.WriteString(header, file.Suggestions.GetValueOrDefault(header, string.Empty));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("values");
        foreach (var section in files.SelectMany(f => f.Unclassified).GroupBy(v => v.Section, StringComparer.Ordinal))
        {
            json.WriteStartObject(section.Key);
            foreach (var value in section.Select(v => v.Value).Distinct(StringComparer.Ordinal))
            {
                json.WriteString(value, string.Empty);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
