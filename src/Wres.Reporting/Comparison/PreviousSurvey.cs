namespace Wres.Reporting.Comparison;

/// <summary>Last year's result of one staff survey indicator.</summary>
/// <param name="ReferencePercent">The reference group's percentage.</param>
/// <param name="FocusPercent">The focus group's percentage.</param>
/// <param name="GapPercentagePoints">The focus group's percentage minus the reference group's.</param>
/// <param name="ReferenceRespondents">The reference group's respondents.</param>
/// <param name="FocusRespondents">The focus group's respondents.</param>
internal sealed record PreviousSurvey(decimal? ReferencePercent, decimal? FocusPercent, decimal? GapPercentagePoints, int? ReferenceRespondents, int? FocusRespondents);
