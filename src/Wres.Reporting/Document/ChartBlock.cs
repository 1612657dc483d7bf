namespace Wres.Reporting.Document;

/// <summary>Where a chart goes. Only the HTML writer draws charts; text and Markdown carry the same numbers in tables.</summary>
/// <param name="Kind">The chart.</param>
internal sealed record ChartBlock(ChartKind Kind) : DocumentBlock;
