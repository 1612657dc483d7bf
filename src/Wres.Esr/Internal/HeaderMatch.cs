namespace Wres.Esr.Internal;

/// <summary>How a file's header lines up with its schema: where each contract column is, how it was found, and what is left over.</summary>
internal sealed class HeaderMatch(
    FileSchema schema,
    IReadOnlyList<string> header,
    int[] ordinals,
    ColumnSource[] sources,
    IReadOnlyList<ColumnSpec> missing,
    IReadOnlyList<string> unused,
    IReadOnlyList<HeaderFinding> findings)
{
    public FileSchema Schema { get; } = schema;

    /// <summary>The header's names, trimmed.</summary>
    public IReadOnlyList<string> Header { get; } = header;

    /// <summary>The field index of each schema column, or -1.</summary>
    public int[] Ordinals { get; } = ordinals;

    /// <summary>How each schema column was found.</summary>
    public ColumnSource[] Sources { get; } = sources;

    /// <summary>The required columns the header lacks.</summary>
    public IReadOnlyList<ColumnSpec> Missing { get; } = missing;

    /// <summary>Headers no column uses, in file order.</summary>
    public IReadOnlyList<string> Unused { get; } = unused;

    /// <summary>Warnings about lookalike headers and notes about absent optional columns and unused headers.</summary>
    public IReadOnlyList<HeaderFinding> Findings { get; } = findings;

    /// <summary>How many of the schema's required columns were found: the header line is the first with them all.</summary>
    public int RequiredFound => Schema.Columns.Count(c => c.Required) - Missing.Count;

    /// <summary>The header name a schema column was read from, or <see langword="null"/>.</summary>
    public string? HeaderOf(int column) => Ordinals[column] >= 0 ? Header[Ordinals[column]] : null;
}
