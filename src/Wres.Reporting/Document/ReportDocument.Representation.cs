using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>Indicator 1: people and percentages by group in every band, grade group or cluster of each segment.</summary>
internal static partial class ReportDocument
{
    private static void Representation(ReportView view, List<DocumentBlock> blocks)
    {
        var representation = view.Report.Representation;
        blocks.Add(new HeadingBlock(2, view.IndicatorHeading(representation.Id, view.RepresentationTitle), view.Anchor("indicator-" + representation.Id)));
        if (representation.Status != IndicatorStatus.Computed)
        {
            blocks.Add(new ParagraphBlock(view.StaffNotProvidedText));
            return;
        }

        blocks.Add(new ParagraphBlock(
            "Each percentage is of everyone in the row, Unknown included. A row with nobody in it is not applicable (n/a), not 0%."));
        blocks.Add(new ChartBlock(ChartKind.Representation, view));
        var comparison = view.Comparison;
        List<TableColumn> columns =
        [
            new(view.IsWdes ? "Cluster" : "Band or grade", false),
            new(view.Reference), new(view.Focus), new("Unknown"), new("Total"),
            new(view.Reference + " %"), new(view.Focus + " %"), new("Unknown %"),
        ];
        if (comparison is not null)
        {
            columns.AddRange([new($"Last year: {view.Focus} %"), new("Change: pp")]);
        }

        foreach (var segment in view.Segments)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in segment.Rows)
            {
                var counts = row.Counts;
                List<string> cells =
                [
                    row.Label,
                    view.CountText(counts.Reference), view.CountText(counts.Focus), view.CountText(counts.Unknown), view.CountText(counts.Total),
                    Numbers.Percent(row.ReferencePercent), Numbers.Percent(row.FocusPercent), Numbers.Percent(row.UnknownPercent),
                ];
                if (comparison is not null)
                {
                    var previous = comparison.Row(segment.Key, row.Label)?.FocusPercent;
                    cells.AddRange([Numbers.Percent(previous), Numbers.ChangeInPoints(ReportComparison.Difference(row.FocusPercent, previous))]);
                }

                rows.Add(cells);
            }

            blocks.Add(new HeadingBlock(3, segment.Heading));
            blocks.Add(new TableBlock($"{view.IndicatorWord} {representation.Id}, {segment.Heading.ToLowerInvariant()}: people and percentages by group", columns, rows));
        }
    }
}
