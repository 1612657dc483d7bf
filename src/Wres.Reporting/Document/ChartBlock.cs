using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>Where a chart goes. Only the HTML writer draws charts; text and Markdown carry the same numbers in tables.</summary>
/// <param name="Kind">The chart.</param>
/// <param name="View">The report the chart draws (one of several on a roll-up's page).</param>
internal sealed record ChartBlock(ChartKind Kind, ReportView View) : DocumentBlock;
