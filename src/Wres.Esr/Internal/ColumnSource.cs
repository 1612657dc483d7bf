namespace Wres.Esr.Internal;

/// <summary>How a contract column was found in a file's header.</summary>
internal enum ColumnSource
{
    /// <summary>Not in the header.</summary>
    Absent = 0,

    /// <summary>By its own name (ignoring case, spaces and <c>_ - . /</c>).</summary>
    Name = 1,

    /// <summary>By one of the names it also answers to (<c>Ethnicity</c> for <c>Ethnic Origin</c>).</summary>
    Alias = 2,

    /// <summary>By the mapping file's <c>columns</c> section.</summary>
    Mapping = 3,
}
