namespace Wres.Reporting.Document;

/// <summary>A table column.</summary>
/// <param name="Header">The heading.</param>
/// <param name="Numeric">Whether the cells are numbers (right-aligned).</param>
internal readonly record struct TableColumn(string Header, bool Numeric = true);
