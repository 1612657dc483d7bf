namespace Wres.Reporting.Contract;

/// <summary>What a report is, read before the rest so that the standard's keys can be chosen: the first fields of <see cref="ReportDto"/>.</summary>
internal sealed record ReportIdentityDto
{
    public string? Schema { get; init; }

    public string? Standard { get; init; }
}
