namespace Wres.Reporting.Contract;

/// <summary>
/// A pay gap report in the `wres-report/1` schema (data-contract.md "Pay gaps"): the top-level object <c>wres paygap</c>
/// writes, holding the <see cref="PayGaps"/> section, and each entry of a roll-up's <see cref="Organisations"/>.
/// </summary>
internal sealed record PayGapsReportDto
{
    public string? Schema { get; init; }

    public string? Organisation { get; init; }

    public string? Snapshot { get; init; }

    public bool Published { get; init; }

    public int SuppressionThreshold { get; init; }

    public int DefaultPayPeriodDays { get; init; }

    public string? EthnicityBasis { get; init; }

    public int? RelevantEmployees { get; init; }

    public int? FullPayRelevantEmployees { get; init; }

    public IReadOnlyList<PayGapDto>? PayGaps { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DataQualityDto? DataQuality { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PayGapsReportDto>? Organisations { get; init; }
}
