using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;

namespace Wres.Reporting.Writers;

/// <summary>The board indicator: the workforce's focus share and each set of members, with last year's and the change.</summary>
internal sealed partial class JsonReportWriter
{
    private IndicatorDto Board()
    {
        var board = _view.Report.Board;
        if (board.Status != IndicatorStatus.Computed)
        {
            return Bare(IndicatorKind.Board, board.Id, _view.BoardTitle, board.Status);
        }

        var previous = _view.Comparison?.Board(board.Id);
        return new BoardIndicatorDto
        {
            Kind = IndicatorKind.Board,
            Id = board.Id,
            Title = Text(_view.BoardTitle),
            Status = StatusText(board.Status),
            WorkforceBmePercent = Percent(_view.Report.Workforce?.PercentOf(ComparisonGroup.Focus)),
            Total = Subset(board.Total, previous?.Total),
            Voting = Subset(board.Voting, previous?.Voting),
            Executive = Subset(board.Executive, previous?.Executive),
        };
    }

    private BoardSubsetDto Subset(BoardSubset subset, PreviousSubset? previous)
    {
        var members = subset.Members;
        return BoardFigures<BoardSubsetDto>(
            new PreviousSubset(new PreviousTally(members.Reference, members.Focus, members.Unknown, members.Total), subset.FocusPercent, subset.DifferencePercentagePoints)) with
        {
            Previous = Compared(previous is null ? null : BoardFigures<BoardFiguresDto>(previous)),
            Change = Compared(previous is null ? null : new BoardChangeDto
            {
                Members = CountChange(members.Total, previous.Members.Total),
                White = CountChange(members.Reference, previous.Members.Reference),
                Bme = CountChange(members.Focus, previous.Members.Focus),
                Unknown = CountChange(members.Unknown, previous.Members.Unknown),
                BmePercent = Percent(ReportComparison.Difference(subset.FocusPercent, previous.FocusPercent)),
                DifferencePercentagePoints = Percent(ReportComparison.Difference(subset.DifferencePercentagePoints, previous.DifferencePercentagePoints)),
            }),
        };
    }

    /// <summary>A set of members' figures, this year's or last year's: one layout for both.</summary>
    private T BoardFigures<T>(PreviousSubset subset)
        where T : BoardFiguresDto, new() => new()
        {
            Members = Count(subset.Members.Total),
            White = Count(subset.Members.Reference),
            Bme = Count(subset.Members.Focus),
            Unknown = Count(subset.Members.Unknown),
            BmePercent = Percent(subset.FocusPercent),
            DifferencePercentagePoints = Percent(subset.DifferencePercentagePoints),
        };
}
