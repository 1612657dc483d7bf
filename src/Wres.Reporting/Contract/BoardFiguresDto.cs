using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>One set of board members by group: the fields of <see cref="BoardSubsetDto"/>, and last year's under its <c>previous</c>.</summary>
internal record BoardFiguresDto
{
    public Count? Members { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? MembersSuppressed => Count.SuppressedFlag(Members);

    public Count? White { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteSuppressed => Count.SuppressedFlag(White);

    public Count? Bme { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BmeSuppressed => Count.SuppressedFlag(Bme);

    public Count? Unknown { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UnknownSuppressed => Count.SuppressedFlag(Unknown);

    public ReportNumber? BmePercent { get; init; }

    public ReportNumber? DifferencePercentagePoints { get; init; }
}
