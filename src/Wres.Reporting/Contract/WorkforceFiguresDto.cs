using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>The workforce's counts and shares: the fields of <see cref="WorkforceDto"/>, and last year's under its <c>previous</c>.</summary>
internal record WorkforceFiguresDto : GroupCountsDto
{
    [JsonPropertyOrder(-1)]
    public Count? Headcount { get; init; }

    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HeadcountSuppressed => Count.SuppressedFlag(Headcount);

    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HeadcountWithheld => Count.WithheldFlag(Headcount);

    [JsonPropertyOrder(1)]
    public ReportNumber? WhitePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? BmePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? UnknownPercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? KnownBmePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? DeclarationRate { get; init; }
}
