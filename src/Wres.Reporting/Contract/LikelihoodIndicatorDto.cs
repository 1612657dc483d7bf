using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>A relative-likelihood indicator (kind <c>likelihood</c>: WRES 2, 3, 4; WDES 2, 3).</summary>
internal sealed record LikelihoodIndicatorDto : IndicatorDto
{
    public string? Orientation { get; init; }

    /// <summary>The ratio in one sentence: who was how many times as likely to do what, and whether the 95% interval includes 1.00 (or why there is no ratio, or why it is withheld).</summary>
    public string? Finding { get; init; }

    public GroupLikelihoodDto? White { get; init; }

    public GroupLikelihoodDto? Bme { get; init; }

    public GroupLikelihoodDto? Unknown { get; init; }

    public ReportNumber? RelativeLikelihood { get; init; }

    /// <summary>
    /// <see langword="true"/> when publishing withheld the ratio and with it the interval, p-value, band and
    /// small-numbers flag (all <c>null</c>): a count behind them is suppressed, or they would let one be worked out.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? RelativeLikelihoodSuppressed { get; init; }

    /// <summary>Why the ratio is withheld, in words; absent when it is not.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SuppressedReason { get; init; }

    public IntervalDto? Ci95 { get; init; }

    public ReportNumber? PValue { get; init; }

    public string? Band { get; init; }

    public bool? SmallNumbers { get; init; }

    /// <summary>
    /// People to parity (rules §8): the BME events to add (indicators 2 and 4) or take away (indicator 3) for the ratio
    /// to reach 1.00, worked out exactly from the counts shown; <c>null</c> when a base is 0 or the ratio is withheld.
    /// </summary>
    public int? ToParity { get; init; }

    /// <summary>Published: <see langword="true"/> when <see cref="ToParity"/> is withheld with the ratio; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ToParitySuppressed { get; init; }

    /// <summary><see langword="true"/> when even everyone in the BME base (the cap of <see cref="ToParity"/>) would not bring the ratio to 1.00; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ParityBeyondReach { get; init; }

    /// <summary>As <see cref="ToParity"/>, for the ratio to come within the four-fifths band (its upper limit, <b>Default</b> 1.25).</summary>
    public int? ToBand { get; init; }

    /// <summary>Published: <see langword="true"/> when <see cref="ToBand"/> is withheld with the ratio; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ToBandSuppressed { get; init; }

    /// <summary><see langword="true"/> when even everyone in the BME base would not bring the ratio into the band; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? BandBeyondReach { get; init; }

    public string? UndefinedReason { get; init; }

    public bool? Rolling { get; init; }

    public int? YearsPooled { get; init; }

    public string? IntervalMethod { get; init; }

    public string? PValueMethod { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<LikelihoodPreviousDto?> Previous { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<LikelihoodChangeDto?> Change { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PooledAlike { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool?> IntervalsOverlap { get; init; }

    /// <summary>Indicator 2 by the post's pay band, whenever the recruitment file has the column; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<BreakdownRowDto>? ByBand { get; init; }

    /// <summary>Indicator 2 by the post's staff group, whenever the recruitment file has the column; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<BreakdownRowDto>? ByStaffGroup { get; init; }

    /// <summary>Indicator 2 by detailed ethnic group (<c>--detail</c>), keyed <c>WhiteBritish</c> … <c>Unknown</c>; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, GroupLikelihoodDto>? Detail { get; init; }
}
