namespace Wres.Reporting.Document;

/// <summary>A heading.</summary>
/// <param name="Level">1 for the title, 2 for a section, 3 for a subsection.</param>
/// <param name="Text">The heading (plain text; renderers escape it).</param>
/// <param name="Anchor">A stable id for links within the HTML page, or <see langword="null"/>.</param>
internal sealed record HeadingBlock(int Level, string Text, string? Anchor = null) : DocumentBlock;
