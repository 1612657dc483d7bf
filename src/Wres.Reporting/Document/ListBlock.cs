namespace Wres.Reporting.Document;

/// <summary>A bulleted list of plain-text items.</summary>
/// <param name="Items">The items.</param>
internal sealed record ListBlock(IReadOnlyList<string> Items) : DocumentBlock;
