namespace Wres.Reporting.Contract;

/// <summary>One characteristic's pay gaps: gaps are percentages (40.0 is 40%), unrounded; a suppressed or undefined measure is <see langword="null"/>.</summary>
internal sealed record PayGapDto
{
    public string? Characteristic { get; init; }

    public string? Reference { get; init; }

    public string? Focus { get; init; }

    public PayCountsDto? Relevant { get; init; }

    public PayCountsDto? FullPayRelevant { get; init; }

    public PayCountsDto? BonusRecipients { get; init; }

    public double? UndisclosedPercent { get; init; }

    public PayFiguresDto? MeanHourly { get; init; }

    public PayFiguresDto? MedianHourly { get; init; }

    public double? MeanHourlyGap { get; init; }

    public double? MedianHourlyGap { get; init; }

    public double? MeanBonusGap { get; init; }

    public double? MedianBonusGap { get; init; }

    public PayFiguresDto? BonusProportion { get; init; }

    public IReadOnlyList<PayQuartileDto>? Quartiles { get; init; }

    public IReadOnlyList<PayBandDto>? ByBand { get; init; }

    public IReadOnlyList<string>? Suppressed { get; init; }

    public IReadOnlyDictionary<string, string>? UndefinedReasons { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public PayGapChangeDto? Previous { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public PayGapChangeDto? Change { get; init; }
}
