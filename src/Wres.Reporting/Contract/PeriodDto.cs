using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>A reporting period: ISO dates, first and last day included, and the workforce snapshot date (not given for last year's period under <c>comparedWith</c>).</summary>
internal sealed record PeriodDto
{
    public string? Start { get; init; }

    public string? End { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Snapshot { get; init; }
}
