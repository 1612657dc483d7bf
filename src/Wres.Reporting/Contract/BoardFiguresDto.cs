using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>One set of board members by group: the fields of <see cref="BoardSubsetDto"/>, and last year's under its <c>previous</c>.</summary>
internal record BoardFiguresDto : GroupCountsDto
{
    [JsonPropertyOrder(-1)]
    public Count? Members { get; init; }

    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? MembersSuppressed => Count.SuppressedFlag(Members);

    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? MembersWithheld => Count.WithheldFlag(Members);

    [JsonPropertyOrder(1)]
    public ReportNumber? BmePercent { get; init; }

    [JsonPropertyOrder(1)]
    public ReportNumber? DifferencePercentagePoints { get; init; }
}
