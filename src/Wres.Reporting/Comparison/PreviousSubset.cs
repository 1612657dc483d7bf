namespace Wres.Reporting.Comparison;

/// <summary>Last year's figures for one set of board members (the whole board, voting or executive members).</summary>
/// <param name="Members">Members by group; the total is the number of members.</param>
/// <param name="FocusPercent">The focus group's share of the members, in percent.</param>
/// <param name="DifferencePercentagePoints">That share minus the focus group's share of the workforce, in percentage points.</param>
internal sealed record PreviousSubset(PreviousTally Members, double? FocusPercent, double? DifferencePercentagePoints);
