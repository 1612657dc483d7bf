namespace Wres.Core.Survey;

/// <summary>Which way a staff survey measure points.</summary>
public enum SurveyDirection
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>A higher percentage is worse (harassment, discrimination, pressure to work when unwell).</summary>
    HigherIsWorse = 1,

    /// <summary>A higher percentage is better (equal opportunities, feeling valued, adjustments, engagement).</summary>
    HigherIsBetter = 2,
}
