using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>The board indicator: each set of members by group against the workforce.</summary>
internal static partial class ReportDocument
{
    private static void Board(ReportView view, List<DocumentBlock> blocks)
    {
        var board = view.Report.Board;
        blocks.Add(new HeadingBlock(2, view.IndicatorHeading(board.Id, view.BoardTitle), view.Anchor("indicator-" + board.Id)));
        if (board.Status != IndicatorStatus.Computed)
        {
            blocks.Add(new ParagraphBlock(view.BoardNotProvidedText));
            return;
        }

        var comparison = view.Comparison;
        var previous = comparison?.Board(board.Id);
        List<TableColumn> columns =
        [
            new("Members", false), new("Count"), new(view.Reference), new(view.Focus), new("Unknown"),
            new(view.Focus + " %"), new("Difference from workforce (percentage points)"),
        ];
        if (comparison is not null)
        {
            columns.AddRange([new($"Last year: {view.Focus} %"), new("Change: pp")]);
        }

        blocks.Add(new ChartBlock(ChartKind.Board, view));
        blocks.Add(new TableBlock(
            $"{view.IndicatorWord} {board.Id}: board members by group against the workforce",
            columns,
            [Row("Whole board", board.Total, previous?.Total), Row("Voting members", board.Voting, previous?.Voting), Row("Executive members", board.Executive, previous?.Executive)]));
        var workforcePercent = view.Report.Workforce?.PercentOf(ComparisonGroup.Focus);
        blocks.Add(new ParagraphBlock(view.Report.Workforce is null
            ? "The staff file was not supplied, so the board cannot be compared with the workforce."
            : $"{view.Focus} share of the workforce: {Numbers.Percent(workforcePercent)}%. A negative difference means {view.Focus} staff are under-represented on the board."));

        IReadOnlyList<string> Row(string label, BoardSubset subset, PreviousSubset? before)
        {
            var members = subset.Members;
            List<string> cells =
            [
                label, view.CountText(members.Total), view.CountText(members.Reference), view.CountText(members.Focus), view.CountText(members.Unknown),
                Numbers.Percent(subset.FocusPercent), Numbers.SignedPercent(subset.DifferencePercentagePoints),
            ];
            if (comparison is not null)
            {
                cells.AddRange([Numbers.Percent(before?.FocusPercent), Numbers.ChangeInPoints(ReportComparison.Difference(subset.FocusPercent, before?.FocusPercent))]);
            }

            return cells;
        }
    }
}
