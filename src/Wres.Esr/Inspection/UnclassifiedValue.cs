namespace Wres.Esr.Inspection;

/// <summary>A value of a categorical column that no built-in table nor the mapping classifies, with how many rows hold it.</summary>
public sealed class UnclassifiedValue
{
    internal UnclassifiedValue(string column, string section, string value, int rows)
    {
        Column = column;
        Section = section;
        Value = value;
        Rows = rows;
    }

    /// <summary>The contract column, for example <c>Pay Band</c>.</summary>
    public string Column { get; }

    /// <summary>The mapping file's <c>values</c> section that can map it: <c>ethnicity</c>, <c>grade</c>, <c>staffGroup</c>, <c>assignmentCategory</c>, <c>caseType</c>, <c>disability</c> or <c>sex</c> (the pay file).</summary>
    public string Section { get; }

    /// <summary>The value, trimmed (one cell, never a row).</summary>
    public string Value { get; }

    /// <summary>How many rows hold it.</summary>
    public int Rows { get; }
}
