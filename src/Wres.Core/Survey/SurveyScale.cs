namespace Wres.Core.Survey;

/// <summary>What a staff survey measure's results are.</summary>
public enum SurveyScale
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>A percentage of respondents, 0 to 100; a gap is in percentage points.</summary>
    Percentage = 1,

    /// <summary>A score from 0 to 10 (the WDES staff engagement score, metric 9a); a gap is in points of the score, never a percentage.</summary>
    ScoreOutOfTen = 2,
}
