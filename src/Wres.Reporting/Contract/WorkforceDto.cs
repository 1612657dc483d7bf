using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>The workforce: its figures, how each person's assignment was chosen, and the comparison with last year.</summary>
internal sealed record WorkforceDto : WorkforceFiguresDto
{
    [JsonPropertyOrder(2)]
    public SelectionDto? Selection { get; init; }

    /// <summary>The workforce by detailed ethnic group (<c>--detail</c>, WRES); absent otherwise.</summary>
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DetailDto? Detail { get; init; }

    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<WorkforceFiguresDto?> Previous { get; init; }

    [JsonPropertyOrder(5)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<WorkforceChangeDto?> Change { get; init; }
}
