using Wres.Core.Survey;

namespace Wres.Core.Indicators;

/// <summary>
/// A staff survey indicator (WRES 5 to 8, WDES 4 to 9): each group's percentage and the gap
/// <c>focus − reference</c> in percentage points.
/// </summary>
/// <remarks>
/// Where respondent counts are supplied (<c>Positive</c> and <c>Respondents</c>) the percentage is
/// computed from them, not taken from the rounded published figure. Whether a positive gap is bad
/// depends on <see cref="SurveyMeasure.Direction"/>. For a measure scored from 0 to 10
/// (<see cref="SurveyMeasure.Scale"/> <see cref="SurveyScale.ScoreOutOfTen"/>: the WDES engagement score) the
/// "percentages" are the scores and the gap is in points of the score.
/// </remarks>
public sealed class SurveyIndicatorResult
{
    internal SurveyIndicatorResult(SurveyMeasure measure, IndicatorStatus status, decimal? referencePercent, decimal? focusPercent, int? referenceRespondents, int? focusRespondents)
    {
        Measure = measure;
        Status = status;
        ReferencePercent = referencePercent;
        FocusPercent = focusPercent;
        ReferenceRespondents = referenceRespondents;
        FocusRespondents = focusRespondents;
    }

    /// <summary>The measure: id, question and direction.</summary>
    public SurveyMeasure Measure { get; }

    /// <summary>The indicator id.</summary>
    public string Id => Measure.Id;

    /// <summary>Computed, or not provided when the survey input or both groups' results are missing.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>The reference group's percentage, unrounded.</summary>
    public decimal? ReferencePercent { get; }

    /// <summary>The focus group's percentage, unrounded.</summary>
    public decimal? FocusPercent { get; }

    /// <summary>The reference group's respondents, when known.</summary>
    public int? ReferenceRespondents { get; }

    /// <summary>The focus group's respondents, when known.</summary>
    public int? FocusRespondents { get; }

    /// <summary><c>focus − reference</c> in percentage points; <see langword="null"/> when either is missing or the measure asks the focus group only.</summary>
    public decimal? GapPercentagePoints =>
        Measure.FocusGroupOnly || ReferencePercent is null || FocusPercent is null ? null : FocusPercent - ReferencePercent;

    /// <summary>Whether the gap is unfavourable to the focus group: positive where higher is worse, negative where higher is better.</summary>
    public bool? AdverseToFocus => GapPercentagePoints switch
    {
        null => null,
        var gap => Measure.Direction == SurveyDirection.HigherIsWorse ? gap > 0 : gap < 0,
    };
}
