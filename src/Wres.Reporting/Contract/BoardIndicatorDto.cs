namespace Wres.Reporting.Contract;

/// <summary>
/// The board indicator (kind <c>board</c>: WRES 9, WDES 10): the workforce's focus share and each set of members: the
/// whole board, voting and non-voting, executive and non-executive members (the last two of each pair absent from
/// reports written before they were added).
/// </summary>
internal sealed record BoardIndicatorDto : IndicatorDto
{
    public ReportNumber? WorkforceBmePercent { get; init; }

    public BoardSubsetDto? Total { get; init; }

    public BoardSubsetDto? Voting { get; init; }

    public BoardSubsetDto? NonVoting { get; init; }

    public BoardSubsetDto? Executive { get; init; }

    public BoardSubsetDto? NonExecutive { get; init; }
}
