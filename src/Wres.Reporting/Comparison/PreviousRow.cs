namespace Wres.Reporting.Comparison;

/// <summary>Last year's figures for one row of indicator 1 (a band, grade group or cluster, or a total).</summary>
/// <param name="Counts">People by group.</param>
/// <param name="Applicable">Whether anyone was in the row; <see langword="null"/> when not given.</param>
/// <param name="ReferencePercent">The reference group's share of the row, in percent.</param>
/// <param name="FocusPercent">The focus group's share of the row, in percent.</param>
/// <param name="UnknownPercent">The Unknown group's share of the row, in percent.</param>
internal sealed record PreviousRow(PreviousTally Counts, bool? Applicable, double? ReferencePercent, double? FocusPercent, double? UnknownPercent);
