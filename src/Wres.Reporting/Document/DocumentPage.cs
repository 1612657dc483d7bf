namespace Wres.Reporting.Document;

/// <summary>The human-readable report as the text, Markdown and HTML writers render it.</summary>
/// <param name="Title">The page's title (the HTML <c>title</c>); the first block is the same text as a level-1 heading.</param>
/// <param name="Blocks">The content in order.</param>
/// <param name="SectionDepth">
/// The deepest heading level that opens an HTML <c>section</c>: 2 for one report (a section per part), 3 for a
/// roll-up (a section per report, and in it a section per part).
/// </param>
/// <param name="BoardPage">
/// How many of the first blocks make the page for the board (the title, the introduction and the summary), which the
/// HTML report prints on a page of its own before the detail; 0 when there is none (a roll-up, data quality alone).
/// </param>
internal sealed record DocumentPage(string Title, IReadOnlyList<DocumentBlock> Blocks, int SectionDepth, int BoardPage = 0);
