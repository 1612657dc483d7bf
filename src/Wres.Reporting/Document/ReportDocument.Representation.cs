using Wres.Core;
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
            "Each percentage is of everyone in the row, Unknown included. A row with nobody in it is not applicable (n/a), not 0%."
            + (view.Publish ? " A row with a count not shown (* or withheld) shows none of its percentages (*)." : string.Empty)));
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
                var counts = view.Figures.Row(row);
                var focusPercent = counts.PercentOf(ComparisonGroup.Focus);
                List<string> cells =
                [
                    row.Label,
                    counts.Reference.Text, counts.Focus.Text, counts.Unknown.Text, counts.Total.Text,
                    Share(view, counts, counts.PercentOf(ComparisonGroup.Reference)), Share(view, counts, focusPercent), Share(view, counts, counts.PercentOf(ComparisonGroup.Unknown)),
                ];
                if (comparison is not null)
                {
                    var before = comparison.Row(segment.Key, row.Label);
                    var previous = view.PreviousShare(before?.FocusPercent, () => before is null ? null : view.PreviousGroup(before.Counts).PercentOf(ComparisonGroup.Focus));
                    cells.AddRange([Numbers.Percent(previous), Numbers.ChangeInPoints(ReportComparison.Difference(focusPercent, previous))]);
                }

                rows.Add(cells);
            }

            blocks.Add(new HeadingBlock(3, segment.Heading));
            blocks.Add(new TableBlock($"{view.IndicatorWord} {representation.Id}, {segment.Heading.ToLowerInvariant()}: people and percentages by group", columns, rows));
        }
    }
}
