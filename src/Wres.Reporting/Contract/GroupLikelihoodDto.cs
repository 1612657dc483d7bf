using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>One group's events, base and likelihood (events divided by base, a proportion) in a relative-likelihood indicator.</summary>
internal sealed record GroupLikelihoodDto
{
    public Count? Events { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? EventsSuppressed => Count.SuppressedFlag(Events);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? EventsWithheld => Count.WithheldFlag(Events);

    public Count? Base { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BaseSuppressed => Count.SuppressedFlag(Base);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BaseWithheld => Count.WithheldFlag(Base);

    public ReportNumber? Likelihood { get; init; }
}
