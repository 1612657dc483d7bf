using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>This year's row of indicator 1 minus last year's, under the same keys.</summary>
internal sealed record RowChangeDto : GroupChangesDto
{
    [JsonPropertyOrder(1)]
    public int? Total { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? WhitePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? BmePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? UnknownPercent { get; init; }
}
