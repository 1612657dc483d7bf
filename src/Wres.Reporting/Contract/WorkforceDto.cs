using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>The workforce: its figures, how each person's assignment was chosen, and the comparison with last year.</summary>
internal sealed record WorkforceDto : WorkforceFiguresDto
{
    [JsonPropertyOrder(2)]
    public SelectionDto? Selection { get; init; }

    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<WorkforceFiguresDto?> Previous { get; init; }

    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<WorkforceChangeDto?> Change { get; init; }
}
