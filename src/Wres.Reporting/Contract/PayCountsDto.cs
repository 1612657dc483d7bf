using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>People in the reference, focus and unknown groups; under <c>--publish</c> a suppressed count is <see langword="null"/> with its <c>…Suppressed</c> flag.</summary>
internal sealed record PayCountsDto
{
    public int? Reference { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ReferenceSuppressed => Reference is null ? true : null;

    public int? Focus { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? FocusSuppressed => Focus is null ? true : null;

    public int? Unknown { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? UnknownSuppressed => Unknown is null ? true : null;
}
