using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>This year's board members minus last year's.</summary>
internal sealed record BoardChangeDto : GroupChangesDto
{
    [JsonPropertyOrder(-1)]
    public int? Members { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? BmePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? DifferencePercentagePoints { get; init; }
}
