namespace Wres.Reporting.Contract;

/// <summary>Last year's four headline gaps (<c>previous</c>), or this year's minus last year's (<c>change</c>), in percentage points.</summary>
internal sealed record PayGapChangeDto
{
    public double? MeanHourlyGap { get; init; }

    public double? MedianHourlyGap { get; init; }

    public double? MeanBonusGap { get; init; }

    public double? MedianBonusGap { get; init; }
}
