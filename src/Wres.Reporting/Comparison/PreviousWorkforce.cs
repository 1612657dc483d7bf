namespace Wres.Reporting.Comparison;

/// <summary>Last year's workforce figures.</summary>
/// <param name="Counts">People by group; the total is the headcount.</param>
/// <param name="ReferencePercent">The reference group's share, in percent.</param>
/// <param name="FocusPercent">The focus group's share, in percent.</param>
/// <param name="UnknownPercent">The Unknown group's share, in percent.</param>
/// <param name="KnownFocusPercent">The focus group's share of those whose characteristic is known, in percent.</param>
/// <param name="DeclarationRate">The share whose characteristic is known, in percent.</param>
internal sealed record PreviousWorkforce(
    PreviousTally Counts,
    double? ReferencePercent,
    double? FocusPercent,
    double? UnknownPercent,
    double? KnownFocusPercent,
    double? DeclarationRate);
