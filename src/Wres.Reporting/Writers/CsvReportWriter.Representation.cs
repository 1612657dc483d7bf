using Wres.Reporting.Comparison;

namespace Wres.Reporting.Writers;

/// <summary>Indicator 1's rows: counts and percentages of every band, grade group or cluster of each segment.</summary>
internal sealed partial class CsvReportWriter
{
    private void WriteRepresentation()
    {
        var representation = _view.Report.Representation;
        var id = representation.Id;
        Title(id, _view.RepresentationTitle, representation.Status);
        foreach (var segment in _view.Segments)
        {
            foreach (var row in segment.Rows)
            {
                var counts = row.Counts;
                var previous = _view.Comparison?.Row(segment.Key, row.Label);
                Row(
                    id,
                    "Count",
                    segment.Key,
                    row.Label,
                    Count(counts.Reference),
                    Count(counts.Focus),
                    Count(counts.Unknown),
                    Count(counts.Total),
                    previous: PreviousCount(previous?.Counts.Focus),
                    change: CountChange(counts.Focus, previous?.Counts.Focus));
                Row(
                    id,
                    "Percent",
                    segment.Key,
                    row.Label,
                    CsvCell.Number(row.ReferencePercent),
                    CsvCell.Number(row.FocusPercent),
                    CsvCell.Number(row.UnknownPercent),
                    text: row.Applicable ? null : "NotApplicable",
                    previous: CsvCell.Number(previous?.FocusPercent),
                    change: CsvCell.Number(ReportComparison.Difference(row.FocusPercent, previous?.FocusPercent)));
            }
        }
    }
}
