namespace Wres.Core.Indicators;

/// <summary>
/// WRES indicator 9 (WDES metric 10): board representation. For the whole board, voting and non-voting members,
/// executive and non-executive members, the focus group's percentage minus its percentage of the whole workforce.
/// </summary>
/// <remarks>
/// The standard asks for the whole board, voting members and executive members; the non-voting and non-executive
/// members are the rest of the board in each split (<c>Total = Voting + NonVoting = Executive + NonExecutive</c>,
/// group by group), given so that a reader sees where the board's focus-group members sit.
/// </remarks>
public sealed class BoardResult
{
    internal BoardResult(string id, IndicatorStatus status, BoardSubset total, BoardSubset voting, BoardSubset nonVoting, BoardSubset executive, BoardSubset nonExecutive)
    {
        Id = id;
        Status = status;
        Total = total;
        Voting = voting;
        NonVoting = nonVoting;
        Executive = executive;
        NonExecutive = nonExecutive;
    }

    /// <summary>The indicator id: <c>9</c> (WRES) or <c>10</c> (WDES).</summary>
    public string Id { get; }

    /// <summary>Computed, or not provided when there was no board input.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>The whole board.</summary>
    public BoardSubset Total { get; }

    /// <summary>Voting members.</summary>
    public BoardSubset Voting { get; }

    /// <summary>Non-voting members: the board's members without a vote.</summary>
    public BoardSubset NonVoting { get; }

    /// <summary>Executive members.</summary>
    public BoardSubset Executive { get; }

    /// <summary>Non-executive members: the board's members who are not executive directors.</summary>
    public BoardSubset NonExecutive { get; }
}
