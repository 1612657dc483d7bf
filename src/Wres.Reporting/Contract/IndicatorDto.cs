using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// One entry of <c>indicators</c>: its <see cref="Kind"/> (one of <see cref="IndicatorKind"/>), id, title and status
/// first, then the fields of its kind (none when <c>NotProvided</c>). Written and read through
/// <see cref="IndicatorDtoConverter"/>, which picks the type from <c>kind</c> and <c>status</c> (or, for a report
/// written before <c>kind</c> existed, from the fields the entry has).
/// </summary>
[JsonConverter(typeof(IndicatorDtoConverter))]
internal abstract record IndicatorDto
{
    [JsonPropertyOrder(-4)]
    public string? Kind { get; init; }

    [JsonPropertyOrder(-3)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-2)]
    public string? Title { get; init; }

    [JsonPropertyOrder(-1)]
    public string? Status { get; init; }
}
