using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>Last year's result of a staff survey indicator, under this year's keys.</summary>
internal sealed record SurveyFiguresDto
{
    public ReportNumber? WhitePercent { get; init; }

    public ReportNumber? BmePercent { get; init; }

    public ReportNumber? GapPercentagePoints { get; init; }

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
