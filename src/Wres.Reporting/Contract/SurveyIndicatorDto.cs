using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// A staff survey indicator (kind <c>survey</c>: WRES 5 to 8; WDES 4a(i) to 9a): the two groups' results and the gap.
/// A percentage measure has <c>whitePercent</c>, <c>bmePercent</c> and <c>gapPercentagePoints</c>; a measure scored
/// from 0 to 10 (<c>"scale": "ScoreOutOfTen"</c>, the WDES engagement score) has <c>whiteScore</c>, <c>bmeScore</c>
/// and <c>gapPoints</c> instead. A report written before <c>scale</c> existed has the percentage keys throughout.
/// </summary>
internal sealed record SurveyIndicatorDto : IndicatorDto
{
    public string? Direction { get; init; }

    public bool? FocusGroupOnly { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Scale { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> WhitePercent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> BmePercent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> GapPercentagePoints { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> WhiteScore { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> BmeScore { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> GapPoints { get; init; }

    public Count? WhiteRespondents { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteRespondentsSuppressed => Count.SuppressedFlag(WhiteRespondents);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteRespondentsWithheld => Count.WithheldFlag(WhiteRespondents);

    public Count? BmeRespondents { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BmeRespondentsSuppressed => Count.SuppressedFlag(BmeRespondents);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BmeRespondentsWithheld => Count.WithheldFlag(BmeRespondents);

    public bool? AdverseToBme { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<SurveyFiguresDto?> Previous { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<SurveyChangeDto?> Change { get; init; }
}
