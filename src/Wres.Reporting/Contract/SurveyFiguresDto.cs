using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>Last year's result of a staff survey indicator, under this year's keys (the percentage or the score keys).</summary>
internal sealed record SurveyFiguresDto
{
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
}
