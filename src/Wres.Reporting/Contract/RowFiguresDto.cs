using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>The counts and shares of one row of indicator 1: the fields of <see cref="RowDto"/>, and last year's under its <c>previous</c>.</summary>
internal record RowFiguresDto : GroupCountsDto
{
    [JsonPropertyOrder(1)]
    public Count? Total { get; init; }

    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalSuppressed => Count.SuppressedFlag(Total);

    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalWithheld => Count.WithheldFlag(Total);

    [JsonPropertyOrder(1)]
    public bool? Applicable { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? WhitePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? BmePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? UnknownPercent { get; init; }
}
