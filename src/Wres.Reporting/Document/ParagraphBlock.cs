namespace Wres.Reporting.Document;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text (renderers escape it).</param>
/// <param name="Caution">Whether it is a caution the reader should not miss (highlighted in HTML).</param>
internal sealed record ParagraphBlock(string Text, bool Caution = false) : DocumentBlock;
