using Wres.Core;
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
                var counts = _view.Figures.Row(row);
                var previous = _view.Comparison?.Row(segment.Key, row.Label);
                var focusBefore = previous is null ? null
                    : _view.PreviousShare(previous.FocusPercent, () => _view.PreviousGroup(previous.Counts).PercentOf(ComparisonGroup.Focus));
                var focusPercent = counts.PercentOf(ComparisonGroup.Focus);
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
                    Figure(counts.PercentOf(ComparisonGroup.Reference), counts.Withheld),
                    Figure(focusPercent, counts.Withheld),
                    Figure(counts.PercentOf(ComparisonGroup.Unknown), counts.Withheld),
                    text: row.Applicable ? null : "NotApplicable",
                    previous: CsvCell.Number(focusBefore),
                    change: CsvCell.Number(ReportComparison.Difference(focusPercent, focusBefore)));
                WriteParityAndDetail(id, segment.Key, row);
            }
        }
    }
}
