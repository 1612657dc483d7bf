using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;
using Wres.Reporting.Publication;

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
            WorkforceBmePercent = Percent(_view.Figures.Workforce?.PercentOf(ComparisonGroup.Focus)),
            Total = Subset(board.Total, previous?.Total),
            Voting = Subset(board.Voting, previous?.Voting),
            NonVoting = Subset(board.NonVoting, previous?.NonVoting),
            Executive = Subset(board.Executive, previous?.Executive),
            NonExecutive = Subset(board.NonExecutive, previous?.NonExecutive),
        };
    }

    private BoardSubsetDto Subset(BoardSubset subset, PreviousSubset? previous)
    {
        var members = _view.Figures.Board(subset);
        var before = previous is null ? null : _view.PreviousGroup(previous.Members, publicTotal: true);
        var previousPercent = previous is null ? null : _view.PreviousShare(previous.FocusPercent, () => before!.PercentOf(ComparisonGroup.Focus));
        var previousDifference = previous is null ? null
            : _view.PreviousShare(previous.DifferencePercentagePoints, () => previousPercent - PreviousWorkforcePercent());
        return BoardFigures<BoardSubsetDto>(members, members.PercentOf(ComparisonGroup.Focus), _view.Figures.BoardDifference(subset)) with
        {
            Previous = Compared(previous is null ? null : BoardFigures<BoardFiguresDto>(before!, previousPercent, previousDifference)),
            Change = Compared(previous is null ? null : new BoardChangeDto
            {
                Members = members.Total.Value - previous.Members.Total,
                White = _view.CountChange(members.Reference, previous.Members.Reference),
                Bme = _view.CountChange(members.Focus, previous.Members.Focus),
                Unknown = _view.CountChange(members.Unknown, previous.Members.Unknown),
                BmePercent = Percent(ReportComparison.Difference(members.PercentOf(ComparisonGroup.Focus), previousPercent)),
                DifferencePercentagePoints = Percent(ReportComparison.Difference(_view.Figures.BoardDifference(subset), previousDifference)),
            }),
        };
    }

    /// <summary>Last year's workforce focus share as shown (for last year's board differences when publishing).</summary>
    private double? PreviousWorkforcePercent() =>
        _view.Comparison?.Workforce is { } workforce ? _view.PreviousGroup(workforce.Counts).PercentOf(ComparisonGroup.Focus) : null;

    /// <summary>A set of members' figures, this year's or last year's: one layout for both.</summary>
    private T BoardFigures<T>(GroupFigures members, double? focusPercent, double? difference)
        where T : BoardFiguresDto, new() => new()
        {
            Members = Count(members.Total),
            White = Count(members.Reference),
            Bme = Count(members.Focus),
            Unknown = Count(members.Unknown),
            BmePercent = Percent(focusPercent),
            DifferencePercentagePoints = Percent(difference),
        };
}
