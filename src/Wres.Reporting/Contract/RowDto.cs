using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>One row of indicator 1: a band, grade group or cluster of a segment, or a total.</summary>
internal sealed record RowDto : RowFiguresDto
{
    [JsonPropertyOrder(-3)]
    public string? Segment { get; init; }

    [JsonPropertyOrder(-2)]
    public string? Row { get; init; }

    [JsonPropertyOrder(-1)]
    public bool? IsTotal { get; init; }

    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<RowFiguresDto?> Previous { get; init; }

    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<RowChangeDto?> Change { get; init; }
}
