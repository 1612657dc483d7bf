namespace Wres.Esr.Inspection;

/// <summary>What <see cref="WresFileInspector"/> found in one input file: its layout, how its header matched, and the values that did not classify.</summary>
public sealed class FileInspection
{
    internal FileInspection(
        string name,
        string mappingKey,
        char delimiter,
        int headerLine,
        string encoding,
        IReadOnlyList<ColumnInspection> columns,
        IReadOnlyList<string> unusedHeaders,
        IReadOnlyList<string> findings,
        IReadOnlyDictionary<string, string> suggestions,
        IReadOnlyList<UnclassifiedValue> unclassified)
    {
        Suggestions = suggestions;
        Name = name;
        MappingKey = mappingKey;
        Delimiter = delimiter;
        HeaderLine = headerLine;
        Encoding = encoding;
        Columns = columns;
        UnusedHeaders = unusedHeaders;
        Findings = findings;
        Unclassified = unclassified;
    }

    /// <summary>The file's name, for example <c>staff.csv</c>.</summary>
    public string Name { get; }

    /// <summary>The mapping file's key for the file: <c>staff</c>, <c>recruitment</c>, <c>previousStaff</c>, …</summary>
    public string MappingKey { get; }

    /// <summary>The delimiter found from the header line: comma, tab, semicolon or pipe.</summary>
    public char Delimiter { get; }

    /// <summary>The header's line (1 when there is no preamble).</summary>
    public int HeaderLine { get; }

    /// <summary>The lines above the header, skipped as a title.</summary>
    public int PreambleLines => HeaderLine - 1;

    /// <summary>The encoding the file is read with: <c>UTF-8</c>, <c>UTF-16</c> or <c>Windows-1252</c>.</summary>
    public string Encoding { get; }

    /// <summary>Every contract column of the file, in contract order, with the header it was found under.</summary>
    public IReadOnlyList<ColumnInspection> Columns { get; }

    /// <summary>The headers no column uses, in file order.</summary>
    public IReadOnlyList<string> UnusedHeaders { get; }

    /// <summary>The warnings about the header: headers that look like a contract column, mapped headers the file lacks.</summary>
    public IReadOnlyList<string> Findings { get; }

    /// <summary>
    /// Unused headers that may hold a contract column, with that column: the closest header to a missing required column,
    /// or a header that looks like a column (a near name, a typo). Guesses, for a mapping file to confirm.
    /// </summary>
    public IReadOnlyDictionary<string, string> Suggestions { get; }

    /// <summary>Values of the categorical columns that did not classify, most rows first (read only when every required column is found).</summary>
    public IReadOnlyList<UnclassifiedValue> Unclassified { get; }

    /// <summary>Whether every required column was found, so that the file can be read.</summary>
    public bool Readable => Columns.All(c => !c.Required || c.Match != HeaderMatchKind.Absent);
}
