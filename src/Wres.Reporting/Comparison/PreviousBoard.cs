namespace Wres.Reporting.Comparison;

/// <summary>Last year's board indicator (WRES 9, WDES 10).</summary>
/// <param name="Total">The whole board.</param>
/// <param name="Voting">The voting members.</param>
/// <param name="Executive">The executive members.</param>
internal sealed record PreviousBoard(PreviousSubset Total, PreviousSubset Voting, PreviousSubset Executive);
