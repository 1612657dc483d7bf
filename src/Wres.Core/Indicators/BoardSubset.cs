namespace Wres.Core.Indicators;

/// <summary>Part of the board (all members, voting or non-voting, executive or non-executive members) against the workforce.</summary>
public sealed class BoardSubset
{
    internal BoardSubset(GroupTally members, double? workforceFocusPercent)
    {
        Members = members;
        DifferencePercentagePoints = FocusPercent is { } board && workforceFocusPercent is { } workforce ? board - workforce : null;
    }

    /// <summary>Members by group.</summary>
    public GroupTally Members { get; }

    /// <summary>The focus group's share of the members, Unknown in the denominator; <see langword="null"/> with no members.</summary>
    public double? FocusPercent => Members.PercentOf(ComparisonGroup.Focus);

    /// <summary>
    /// <c>focus % of the subset − focus % of the whole workforce</c> in percentage points (both with
    /// Unknown in the denominator); negative means the focus group is under-represented.
    /// </summary>
    public double? DifferencePercentagePoints { get; }
}
