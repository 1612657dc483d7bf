using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>One set of board members (the whole board, voting or executive members), with the comparison with last year.</summary>
internal sealed record BoardSubsetDto : BoardFiguresDto
{
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<BoardFiguresDto?> Previous { get; init; }

    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<BoardChangeDto?> Change { get; init; }
}
