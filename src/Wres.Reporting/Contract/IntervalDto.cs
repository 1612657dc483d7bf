namespace Wres.Reporting.Contract;

/// <summary>A 95% confidence interval of a relative likelihood; an unbounded upper limit is <c>null</c>.</summary>
internal sealed record IntervalDto
{
    public ReportNumber? Lower { get; init; }

    public ReportNumber? Upper { get; init; }
}
