namespace Wres.Esr.Internal;

/// <summary>One column of an input file: its name, any aliases, and whether the header must have it.</summary>
internal sealed record ColumnSpec(string Name, bool Required, params string[] Aliases);
