using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>Rows of an input excluded by one scope rule.</summary>
internal sealed record ExclusionDto
{
    public string? Rule { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    public int Rows { get; init; }
}
