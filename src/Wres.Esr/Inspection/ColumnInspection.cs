namespace Wres.Esr.Inspection;

/// <summary>One contract column of a file, and the header it was found under.</summary>
public sealed class ColumnInspection
{
    internal ColumnInspection(string column, bool required, string? header, HeaderMatchKind match)
    {
        Column = column;
        Required = required;
        Header = header;
        Match = match;
    }

    /// <summary>The column's name in the data contract, for example <c>Ethnic Origin</c>.</summary>
    public string Column { get; }

    /// <summary>Whether the file must have the column.</summary>
    public bool Required { get; }

    /// <summary>The header it was read from, or <see langword="null"/> when absent.</summary>
    public string? Header { get; }

    /// <summary>How the header was matched.</summary>
    public HeaderMatchKind Match { get; }
}
