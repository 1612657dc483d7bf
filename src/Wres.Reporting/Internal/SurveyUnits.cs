using Wres.Core.Survey;

namespace Wres.Reporting.Internal;

/// <summary>
/// The words and number forms of a staff survey measure's results: percentages with a gap in percentage points, or
/// (the WDES engagement score) a score out of 10 with a gap in points, never with a % sign.
/// </summary>
internal static class SurveyUnits
{
    /// <summary>Whether the measure is a score from 0 to 10.</summary>
    public static bool IsScore(SurveyMeasure measure) => measure.Scale == SurveyScale.ScoreOutOfTen;

    /// <summary>The heading of the results column: <c>%</c> or <c>Score (0 to 10)</c>.</summary>
    public static string ValueHeader(SurveyMeasure measure) => IsScore(measure) ? "Score (0 to 10)" : "%";

    /// <summary>The heading of last year's results column.</summary>
    public static string PreviousHeader(SurveyMeasure measure) => IsScore(measure) ? "Last year: score" : "Last year: %";

    /// <summary>The heading of the change column: <c>Change: pp</c> or <c>Change: points</c>.</summary>
    public static string ChangeHeader(SurveyMeasure measure) => IsScore(measure) ? "Change: points" : "Change: pp";

    /// <summary>The unit of a gap in words: <c>percentage points</c> or <c>points</c>.</summary>
    public static string GapUnit(SurveyMeasure measure) => IsScore(measure) ? "points" : "percentage points";

    /// <summary>A change of a result, signed: <c>+2.1 pp</c>, or <c>+0.2 points</c> for a score; <c>n/a</c> when unknown.</summary>
    public static string Change(SurveyMeasure measure, decimal? change) =>
        change is null ? Numbers.NotApplicable : IsScore(measure) ? Numbers.SignedPercent(change) + " points" : Numbers.ChangeInPoints(change);
}
