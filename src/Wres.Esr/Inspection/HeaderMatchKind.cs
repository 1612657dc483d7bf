namespace Wres.Esr.Inspection;

/// <summary>How a contract column was found in a file's header.</summary>
public enum HeaderMatchKind
{
    /// <summary>Not found.</summary>
    Unknown = 0,

    /// <summary>The header is the column's own name (case aside).</summary>
    Exact = 1,

    /// <summary>The header is the column's own name once case, spaces and <c>_ - . /</c> are ignored (<c>EMPLOYEE_NUMBER</c>).</summary>
    Normalised = 2,

    /// <summary>The header is one of the names the column also answers to (<c>Ethnicity</c> for <c>Ethnic Origin</c>).</summary>
    Alias = 3,

    /// <summary>The mapping file's <c>columns</c> section names the header for the column.</summary>
    Mapped = 4,

    /// <summary>The file has no such column (for an optional column, its default applies).</summary>
    Absent = 5,
}
