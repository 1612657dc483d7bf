using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>A staff survey indicator (kind <c>survey</c>: WRES 5 to 8; WDES 4a(i) to 9a): the two groups' percentages and the gap.</summary>
internal sealed record SurveyIndicatorDto : IndicatorDto
{
    public string? Direction { get; init; }

    public bool? FocusGroupOnly { get; init; }

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

    public bool? AdverseToBme { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<SurveyFiguresDto?> Previous { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<SurveyChangeDto?> Change { get; init; }
}
