namespace Wres.Core.Validation;

/// <summary>One data-quality finding, located by source, line and column. Never holds a whole row.</summary>
/// <param name="Source">The file name, or the dataset part (<c>staff</c>, <c>recruitment</c>, …) for typed input.</param>
/// <param name="Line">The 1-based line in the file (the header is line 1), or the 1-based record number for typed input; <see langword="null"/> for whole-file findings.</param>
/// <param name="Column">The column, when the finding is about one value.</param>
/// <param name="Code">The stable code from <see cref="WresErrorCodes"/>.</param>
/// <param name="Severity">Error (row rejected), warning or note.</param>
/// <param name="Message">A sentence a workforce analyst can act on.</param>
public sealed record DataQualityIssue(string Source, int? Line, string? Column, string Code, IssueSeverity Severity, string Message)
{
    /// <summary>How many rows had exactly this finding; <see cref="Line"/> is the first of them.</summary>
    public int Occurrences { get; init; } = 1;
}
