namespace Wres.Reporting.Publication;

/// <summary>
/// A staff survey indicator as a report shows it: each group's respondents through the policy, and its percentage
/// (an input) unless its respondents are suppressed or withheld, so that the percentage cannot give them back; the gap
/// only when both percentages are shown.
/// </summary>
/// <param name="ReferencePercent">The reference group's percentage (or score), or <see langword="null"/>.</param>
/// <param name="FocusPercent">The focus group's percentage (or score), or <see langword="null"/>.</param>
/// <param name="ReferenceRespondents">The reference group's respondents, when given.</param>
/// <param name="FocusRespondents">The focus group's respondents, when given.</param>
/// <param name="Gap">Focus minus reference; <see langword="null"/> when either is not shown or the measure has no gap.</param>
/// <param name="AdverseToFocus">Whether the gap is unfavourable to the focus group; <see langword="null"/> with no gap.</param>
internal sealed record SurveyFigures(
    decimal? ReferencePercent,
    decimal? FocusPercent,
    PublishedCount? ReferenceRespondents,
    PublishedCount? FocusRespondents,
    decimal? Gap,
    bool? AdverseToFocus)
{
    /// <summary>Whether the reference group's result is withheld (its respondents are hidden).</summary>
    public bool ReferenceWithheld => ReferenceRespondents is { IsHidden: true };

    /// <summary>Whether the focus group's result is withheld (its respondents are hidden).</summary>
    public bool FocusWithheld => FocusRespondents is { IsHidden: true };
}
