using System.Globalization;
using Wres.Esr.Inspection;

namespace Wres.Cli;

/// <summary>
/// <c>wres inspect</c>: prints, for each input, the layout found, how each header matched, the headers nothing uses,
/// the warnings about the header, and the values that did not classify with their counts (one cell each, never a row).
/// Exit 0 when every file can be read as it stands, 1 when one lacks a required column (the mapping can supply it).
/// </summary>
internal static class InspectCommand
{
    public static int Print(IReadOnlyList<FileInspection> files, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        foreach (var file in files)
        {
            output.WriteLine(string.Create(culture, $"{file.Name} ({file.MappingKey} file)"));
            var preamble = file.PreambleLines == 0 ? "no preamble" : $"{file.PreambleLines} preamble line{(file.PreambleLines == 1 ? string.Empty : "s")} skipped";
            output.WriteLine(string.Create(culture, $"  layout: {Delimiter(file.Delimiter)}-separated, header on line {file.HeaderLine} ({preamble}), {file.Encoding}"));
            output.WriteLine("  columns:");
            var width = file.Columns.Max(c => c.Column.Length);
            foreach (var column in file.Columns)
            {
                var how = column.Match == HeaderMatchKind.Absent
                    ? column.Required ? "MISSING (required)" : "absent (optional: its default applies)"
                    : $"'{column.Header}' ({column.Match.ToString().ToLowerInvariant()})";
                output.WriteLine(string.Create(culture, $"    {column.Column.PadRight(width)}  {how}"));
            }

            output.WriteLine(file.UnusedHeaders.Count == 0 ? "  unused headers: none" : $"  unused headers: {string.Join(", ", file.UnusedHeaders.Select(h => $"'{h}'"))}");
            foreach (var (header, column) in file.Suggestions)
            {
                output.WriteLine(string.Create(culture, $"  may be '{column}': '{header}'"));
            }

            foreach (var finding in file.Findings)
            {
                output.WriteLine(string.Create(culture, $"  warning: {finding}"));
            }

            if (!file.Readable)
            {
                output.WriteLine("  values: not read until every required column is found (map it with --mapping)");
            }
            else if (file.Unclassified.Count == 0)
            {
                output.WriteLine("  unclassified values: none");
            }
            else
            {
                output.WriteLine("  unclassified values:");
                foreach (var value in file.Unclassified)
                {
                    output.WriteLine(string.Create(culture, $"    {value.Column} (values.{value.Section}): '{value.Value}' in {value.Rows} row{(value.Rows == 1 ? string.Empty : "s")}"));
                }
            }

            output.WriteLine();
        }

        return files.All(f => f.Readable) ? ExitCodes.Success : ExitCodes.RowsRejected;
    }

    private static string Delimiter(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        ';' => "semicolon",
        '|' => "pipe",
        _ => "comma",
    };
}
