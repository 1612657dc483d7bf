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
        var workforce = view.Figures.Workforce;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (label, subset, before) in BoardSubsets(board, previous))
        {
            rows.Add(Row(label, subset, before));
        }

        blocks.Add(new TableBlock($"{view.IndicatorWord} {board.Id}: board members by group against the workforce", columns, rows));
        blocks.Add(new ParagraphBlock(workforce is null
            ? "The staff file was not supplied, so the board cannot be compared with the workforce."
            : $"{view.Focus} share of the workforce: {Share(view, workforce, workforce.PercentOf(ComparisonGroup.Focus))}%. A negative difference means {view.Focus} staff are under-represented on the board. "
                + "Non-voting and non-executive members are the rest of the board in each split."));

        IReadOnlyList<string> Row(string label, BoardSubset subset, PreviousSubset? before)
        {
            var members = view.Figures.Board(subset);
            var focusPercent = members.PercentOf(ComparisonGroup.Focus);
            var difference = view.Figures.BoardDifference(subset);
            List<string> cells =
            [
                label, members.Total.Text, members.Reference.Text, members.Focus.Text, members.Unknown.Text,
                Share(view, members, focusPercent),
                difference is null && view.Publish && (members.Withheld || workforce is { Withheld: true }) ? Publication.DisclosureWords.NotPublished : Numbers.SignedPercent(difference),
            ];
            if (comparison is not null)
            {
                var previousPercent = PreviousBoardPercent(view, before);
                cells.AddRange([Numbers.Percent(previousPercent), Numbers.ChangeInPoints(ReportComparison.Difference(focusPercent, previousPercent))]);
            }

            return cells;
        }
    }

    /// <summary>The board's subsets in report order with their labels and last year's counterparts (none when last year's report did not have the subset).</summary>
    private static IEnumerable<(string Label, BoardSubset Subset, PreviousSubset? Previous)> BoardSubsets(BoardResult board, PreviousBoard? previous)
    {
        yield return ("Whole board", board.Total, previous?.Total);
        yield return ("Voting members", board.Voting, previous?.Voting);
        yield return ("Non-voting members", board.NonVoting, previous?.NonVoting);
        yield return ("Executive members", board.Executive, previous?.Executive);
        yield return ("Non-executive members", board.NonExecutive, previous?.NonExecutive);
    }

    /// <summary>Last year's focus share of a set of board members as shown: as given, or when publishing from last year's counts as shown.</summary>
    private static double? PreviousBoardPercent(ReportView view, PreviousSubset? before) =>
        before is null ? null : view.PreviousShare(before.FocusPercent, () => view.PreviousGroup(before.Members, publicTotal: true).PercentOf(ComparisonGroup.Focus));
}
