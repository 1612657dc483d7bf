using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// The counts of the three groups (the reference and focus groups and Unknown), each with its <c>…Suppressed</c>
/// flag, as the workforce, every row of indicator 1 and every set of board members give them (this year's and last
/// year's). A type that adds fields orders them around these with <see cref="JsonPropertyOrderAttribute"/>: before
/// them at -1 and less, after them at 1 and more.
/// </summary>
internal record GroupCountsDto
{
    public Count? White { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteSuppressed => Count.SuppressedFlag(White);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteWithheld => Count.WithheldFlag(White);

    public Count? Bme { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BmeSuppressed => Count.SuppressedFlag(Bme);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BmeWithheld => Count.WithheldFlag(Bme);

    public Count? Unknown { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UnknownSuppressed => Count.SuppressedFlag(Unknown);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UnknownWithheld => Count.WithheldFlag(Unknown);
}
