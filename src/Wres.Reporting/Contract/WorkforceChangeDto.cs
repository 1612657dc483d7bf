using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>This year's workforce figures minus last year's, under the same keys; a count change is unknown when either count is.</summary>
internal sealed record WorkforceChangeDto : GroupChangesDto
{
    [JsonPropertyOrder(-1)]
    public int? Headcount { get; init; }

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
