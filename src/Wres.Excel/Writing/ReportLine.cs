namespace Wres.Excel.Writing;

/// <summary>
/// One row of the report's CSV table (<c>ReportFormat.Csv</c>, whose columns the CSV writer documents): the cells as
/// written, <see langword="null"/> when empty. The workbook is laid out from these rows, so that it shows exactly the
/// figures the other writers show, disclosure control and comparison included.
/// </summary>
internal sealed record ReportLine(
    string? Organisation,
    string Indicator,
    string? Segment,
    string? Row,
    string Measure,
    string? Reference,
    string? Focus,
    string? Unknown,
    string? Total,
    string? Value,
    string? Lower,
    string? Upper,
    string? Text,
    string? Previous,
    string? Change);
