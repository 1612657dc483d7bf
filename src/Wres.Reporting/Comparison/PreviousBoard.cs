namespace Wres.Reporting.Comparison;

/// <summary>Last year's board indicator (WRES 9, WDES 10).</summary>
/// <param name="Total">The whole board.</param>
/// <param name="Voting">The voting members.</param>
/// <param name="NonVoting">The non-voting members; <see langword="null"/> when last year's report does not have them (reports before they were added).</param>
/// <param name="Executive">The executive members.</param>
/// <param name="NonExecutive">The non-executive members; <see langword="null"/> when last year's report does not have them.</param>
internal sealed record PreviousBoard(PreviousSubset Total, PreviousSubset Voting, PreviousSubset? NonVoting, PreviousSubset Executive, PreviousSubset? NonExecutive);
