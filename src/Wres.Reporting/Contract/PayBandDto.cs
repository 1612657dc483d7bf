namespace Wres.Reporting.Contract;

/// <summary>The hourly pay gaps within one pay band.</summary>
internal sealed record PayBandDto
{
    public string? Band { get; init; }

    public PayCountsDto? FullPayRelevant { get; init; }

    public PayFiguresDto? MeanHourly { get; init; }

    public PayFiguresDto? MedianHourly { get; init; }

    public double? MeanHourlyGap { get; init; }

    public double? MedianHourlyGap { get; init; }

    public IReadOnlyList<string>? Suppressed { get; init; }
}
