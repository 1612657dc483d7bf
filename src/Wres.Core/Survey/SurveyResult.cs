namespace Wres.Core.Survey;

/// <summary>One NHS Staff Survey result for one group: the percentage, optionally with its counts.</summary>
/// <remarks>
/// When both <see cref="Respondents"/> and <see cref="Positive"/> are given, the indicator uses
/// <c>Positive / Respondents × 100</c> rather than the rounded <see cref="Percent"/>.
/// </remarks>
public sealed record SurveyResult
{
    /// <summary>The indicator or metric id: <c>5</c> to <c>8</c> for the WRES; see <see cref="SurveyMeasure"/>.</summary>
    public required string Indicator { get; init; }

    /// <summary>The group: White or BME (WRES), non-disabled or disabled (WDES).</summary>
    public required ComparisonGroup Group { get; init; }

    /// <summary>The published percentage, 0 to 100.</summary>
    public required decimal Percent { get; init; }

    /// <summary>The number of respondents in the group (the base), when known.</summary>
    public int? Respondents { get; init; }

    /// <summary>The number answering positively, when known.</summary>
    public int? Positive { get; init; }
}
