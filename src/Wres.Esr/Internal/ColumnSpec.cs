namespace Wres.Esr.Internal;

/// <summary>
/// One column of an input file: its name, the other names it answers to, whether the header must have it, and, for an
/// optional column, what applies when the file has none (said in a note, so an absent column is never silent).
/// </summary>
internal sealed record ColumnSpec(string Name, bool Required, params string[] Aliases)
{
    /// <summary>What is assumed when an optional column is absent, as the end of a sentence (<c>every assignment is taken as primary</c>).</summary>
    public string? WhenAbsent { get; init; }
}
