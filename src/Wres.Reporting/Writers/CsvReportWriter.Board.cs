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
        Subset("Total", board.Total, previous?.Total);
        Subset("Voting", board.Voting, previous?.Voting);
        Subset("Executive", board.Executive, previous?.Executive);
        var workforcePercent = _view.Report.Workforce?.PercentOf(ComparisonGroup.Focus);
        var previousWorkforcePercent = _view.Comparison?.Workforce?.FocusPercent;
        Row(
            id,
            "Percent",
            row: "Workforce",
            focus: CsvCell.Number(workforcePercent),
            previous: CsvCell.Number(previousWorkforcePercent),
            change: CsvCell.Number(ReportComparison.Difference(workforcePercent, previousWorkforcePercent)));

        void Subset(string name, BoardSubset subset, PreviousSubset? before)
        {
            var members = subset.Members;
            Row(
                id,
                "Members",
                row: name,
                reference: Count(members.Reference),
                focus: Count(members.Focus),
                unknown: Count(members.Unknown),
                total: Count(members.Total),
                previous: PreviousCount(before?.Members.Focus),
                change: CountChange(members.Focus, before?.Members.Focus));
            Row(
                id,
                "Percent",
                row: name,
                reference: CsvCell.Number(members.PercentOf(ComparisonGroup.Reference)),
                focus: CsvCell.Number(members.PercentOf(ComparisonGroup.Focus)),
                unknown: CsvCell.Number(members.PercentOf(ComparisonGroup.Unknown)),
                previous: CsvCell.Number(before?.FocusPercent),
                change: CsvCell.Number(ReportComparison.Difference(subset.FocusPercent, before?.FocusPercent)));
            Row(
                id,
                "DifferencePercentagePoints",
                row: name,
                value: CsvCell.Number(subset.DifferencePercentagePoints),
                previous: CsvCell.Number(before?.DifferencePercentagePoints),
                change: CsvCell.Number(ReportComparison.Difference(subset.DifferencePercentagePoints, before?.DifferencePercentagePoints)));
        }
    }
}
