using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Comparison;

namespace Wres.Reporting.Writers;

/// <summary>The board's rows: each set of members by group, its percentages and its difference from the workforce.</summary>
internal sealed partial class CsvReportWriter
{
    private void WriteBoard()
    {
        var board = _view.Report.Board;
        var id = board.Id;
        Title(id, _view.BoardTitle, board.Status);
        if (board.Status != IndicatorStatus.Computed)
        {
            return;
        }

        var previous = _view.Comparison?.Board(id);
        var workforce = _view.Figures.Workforce;
        var workforcePercent = workforce?.PercentOf(ComparisonGroup.Focus);
        var previousWorkforce = _view.Comparison?.Workforce;
        var previousWorkforcePercent = previousWorkforce is null ? null
            : _view.PreviousShare(previousWorkforce.FocusPercent, () => _view.PreviousGroup(previousWorkforce.Counts).PercentOf(ComparisonGroup.Focus));
        Subset("Total", board.Total, previous?.Total);
        Subset("Voting", board.Voting, previous?.Voting);
        Subset("NonVoting", board.NonVoting, previous?.NonVoting);
        Subset("Executive", board.Executive, previous?.Executive);
        Subset("NonExecutive", board.NonExecutive, previous?.NonExecutive);
        Row(
            id,
            "Percent",
            row: "Workforce",
            focus: Figure(workforcePercent, workforce is { Withheld: true }),
            previous: CsvCell.Number(previousWorkforcePercent),
            change: CsvCell.Number(ReportComparison.Difference(workforcePercent, previousWorkforcePercent)));

        void Subset(string name, BoardSubset subset, PreviousSubset? before)
        {
            var members = _view.Figures.Board(subset);
            var previousGroup = before is null ? null : _view.PreviousGroup(before.Members, publicTotal: true);
            var previousPercent = before is null ? null : _view.PreviousShare(before.FocusPercent, () => previousGroup!.PercentOf(ComparisonGroup.Focus));
            var previousDifference = before is null ? null : _view.PreviousShare(before.DifferencePercentagePoints, () => previousPercent - previousWorkforcePercent);
            var difference = _view.Figures.BoardDifference(subset);
            Row(
                id,
                "Members",
                row: name,
                reference: Count(members.Reference),
                focus: Count(members.Focus),
                unknown: Count(members.Unknown),
                total: Count(members.Total),
                previous: CsvCell.Count(previousGroup?.Focus ?? Publication.PublishedCount.NotKnown),
                change: CountChange(members.Focus, before?.Members.Focus));
            Row(
                id,
                "Percent",
                row: name,
                reference: Figure(members.PercentOf(ComparisonGroup.Reference), members.Withheld),
                focus: Figure(members.PercentOf(ComparisonGroup.Focus), members.Withheld),
                unknown: Figure(members.PercentOf(ComparisonGroup.Unknown), members.Withheld),
                previous: CsvCell.Number(previousPercent),
                change: CsvCell.Number(ReportComparison.Difference(members.PercentOf(ComparisonGroup.Focus), previousPercent)));
            Row(
                id,
                "DifferencePercentagePoints",
                row: name,
                value: Figure(difference, members.Withheld || workforce is { Withheld: true }),
                previous: CsvCell.Number(previousDifference),
                change: CsvCell.Number(ReportComparison.Difference(difference, previousDifference)));
        }
    }
}
