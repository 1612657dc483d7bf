using System.Text.Json.Serialization;
using Wres.Core.Ethnicity;

namespace Wres.Reporting.Contract;

/// <summary>
/// People by detailed ethnic group (<c>--detail</c>, WRES): an indicator 1 row's or the workforce's, keyed by the
/// group's name (<c>WhiteBritish</c> … <c>Unknown</c>, as <see cref="DetailedEthnicGroup"/> spells it); the groups sum
/// to the row's <c>white</c>, <c>bme</c> and <c>unknown</c>. When published, a suppressed count is <c>null</c> beside its
/// <c>…Suppressed</c> flag (and <c>…Withheld</c>), as every count.
/// </summary>
internal sealed record DetailDto
{
    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteBritish))]
    public Count? WhiteBritish { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteBritish) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteBritishSuppressed => Count.SuppressedFlag(WhiteBritish);

    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteBritish) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteBritishWithheld => Count.WithheldFlag(WhiteBritish);

    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteIrish))]
    public Count? WhiteIrish { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteIrish) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteIrishSuppressed => Count.SuppressedFlag(WhiteIrish);

    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteIrish) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteIrishWithheld => Count.WithheldFlag(WhiteIrish);

    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteOther))]
    public Count? WhiteOther { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteOther) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteOtherSuppressed => Count.SuppressedFlag(WhiteOther);

    [JsonPropertyName(nameof(DetailedEthnicGroup.WhiteOther) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WhiteOtherWithheld => Count.WithheldFlag(WhiteOther);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Mixed))]
    public Count? Mixed { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.Mixed) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? MixedSuppressed => Count.SuppressedFlag(Mixed);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Mixed) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? MixedWithheld => Count.WithheldFlag(Mixed);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Asian))]
    public Count? Asian { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.Asian) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AsianSuppressed => Count.SuppressedFlag(Asian);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Asian) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AsianWithheld => Count.WithheldFlag(Asian);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Black))]
    public Count? Black { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.Black) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BlackSuppressed => Count.SuppressedFlag(Black);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Black) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BlackWithheld => Count.WithheldFlag(Black);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Chinese))]
    public Count? Chinese { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.Chinese) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ChineseSuppressed => Count.SuppressedFlag(Chinese);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Chinese) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ChineseWithheld => Count.WithheldFlag(Chinese);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Other))]
    public Count? Other { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.Other) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OtherSuppressed => Count.SuppressedFlag(Other);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Other) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OtherWithheld => Count.WithheldFlag(Other);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Unknown))]
    public Count? Unknown { get; init; }

    [JsonPropertyName(nameof(DetailedEthnicGroup.Unknown) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UnknownSuppressed => Count.SuppressedFlag(Unknown);

    [JsonPropertyName(nameof(DetailedEthnicGroup.Unknown) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UnknownWithheld => Count.WithheldFlag(Unknown);
}
