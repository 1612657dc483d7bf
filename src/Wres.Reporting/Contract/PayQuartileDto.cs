namespace Wres.Reporting.Contract;

/// <summary>One pay quartile (1 the lowest paid): its people and each group's share of them.</summary>
internal sealed record PayQuartileDto
{
    public int Quartile { get; init; }

    public int? People { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public bool? PeopleSuppressed => People is null ? true : null;

    public double? ReferencePercent { get; init; }

    public double? FocusPercent { get; init; }

    public double? UnknownPercent { get; init; }
}
