namespace Wres.Core.Indicators;

/// <summary>
/// WRES indicator 9 (WDES metric 10): board representation. For the whole board, voting members and
/// executive members, the focus group's percentage minus its percentage of the whole workforce.
/// </summary>
public sealed class BoardResult
{
    internal BoardResult(string id, IndicatorStatus status, BoardSubset total, BoardSubset voting, BoardSubset executive)
    {
        Id = id;
        Status = status;
        Total = total;
        Voting = voting;
        Executive = executive;
    }

    /// <summary>The indicator id: <c>9</c> (WRES) or <c>10</c> (WDES).</summary>
    public string Id { get; }

    /// <summary>Computed, or not provided when there was no board input.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>The whole board.</summary>
    public BoardSubset Total { get; }

    /// <summary>Voting members.</summary>
    public BoardSubset Voting { get; }

    /// <summary>Executive members.</summary>
    public BoardSubset Executive { get; }
}
