using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// A report in the `wres-report/1` schema (or, with only the data quality, `wres-data-quality/1`): the top-level
/// object, and each entry of a roll-up's <see cref="Organisations"/>. Keys are the camel-cased property names; the
/// WDES swaps the group words (see <see cref="ReportJson"/>).
/// </summary>
internal sealed record ReportDto
{
    public string? Schema { get; init; }

    public string? Organisation { get; init; }

    public PeriodDto? Period { get; init; }

    public string? Standard { get; init; }

    public string? Year { get; init; }

    /// <summary><see langword="true"/> when the report was computed from synthetic (sample) data; absent otherwise. Last year's reader ignores it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Synthetic { get; init; }

    public GroupLabelsDto? Groups { get; init; }

    public bool? Published { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisclosurePolicy { get; init; }

    /// <summary>When published: what disclosure control did, in words (the note every format shows once).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisclosureNote { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ComparedWithDto? ComparedWith { get; init; }

    /// <summary>Absent from data-quality output; <c>null</c> when the staff file was not supplied.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<WorkforceDto?> Workforce { get; init; }

    /// <summary>Absent from data-quality output.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IndicatorDto>? Indicators { get; init; }

    /// <summary>
    /// The Model Employer trajectory (WRES reports with a workforce); absent otherwise. When published, <c>null</c> beside
    /// <see cref="ModelEmployerSuppressed"/>: its targets and gaps are worked out from exact band counts.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ModelEmployerDto?> ModelEmployer { get; init; }

    /// <summary>Published: <see langword="true"/> when the Model Employer trajectory is withheld; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ModelEmployerSuppressed { get; init; }

    public DataQualityDto? DataQuality { get; init; }

    /// <summary>The pay gaps (<c>wres report --pay</c>, <see cref="ReportWriterOptions.PayGaps"/>); absent without a pay file.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PayGapDto>? PayGaps { get; init; }

    /// <summary>A roll-up's reports, one per organisation; absent from a single report.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ReportDto>? Organisations { get; init; }
}
