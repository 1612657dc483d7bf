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

    /// <summary>
    /// The extra BME people the row would need, at its size, to match the workforce's BME share (rules §8; WDES
    /// <c>disabledToParity</c>); <c>null</c> on a row with nobody in it, or when published with a count it needs not shown.
    /// </summary>
    [JsonPropertyOrder(2)]
    public int? BmeToParity { get; init; }

    /// <summary>Published: <see langword="true"/> when <see cref="BmeToParity"/> is withheld because a count it needs is not shown; absent otherwise.</summary>
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BmeToParitySuppressed { get; init; }

    /// <summary>The row by detailed ethnic group (<c>--detail</c>, WRES); absent otherwise.</summary>
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DetailDto? Detail { get; init; }

    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<RowFiguresDto?> Previous { get; init; }

    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<RowChangeDto?> Change { get; init; }
}
