namespace Wres.Reporting.Document;

/// <summary>A table; the first cell of each row names the row.</summary>
/// <param name="Caption">What the table shows.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The cells as displayed text, one list per row, as many cells as columns.</param>
internal sealed record TableBlock(string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
