namespace Wres.Reporting.Document;

/// <summary>The human-readable report as the text, Markdown and HTML writers render it.</summary>
/// <param name="Title">The page's title (the HTML <c>title</c>); the first block is the same text as a level-1 heading.</param>
/// <param name="Blocks">The content in order.</param>
/// <param name="SectionDepth">
/// The deepest heading level that opens an HTML <c>section</c>: 2 for one report (a section per part), 3 for a
/// roll-up (a section per report, and in it a section per part).
/// </param>
internal sealed record DocumentPage(string Title, IReadOnlyList<DocumentBlock> Blocks, int SectionDepth);
