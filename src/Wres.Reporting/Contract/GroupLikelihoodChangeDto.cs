namespace Wres.Reporting.Contract;

/// <summary>This year's events, base and likelihood of one group minus last year's (counts unknown when pooled over different years).</summary>
internal sealed record GroupLikelihoodChangeDto
{
    public int? Events { get; init; }

    public int? Base { get; init; }

    public ReportNumber? Likelihood { get; init; }
}
