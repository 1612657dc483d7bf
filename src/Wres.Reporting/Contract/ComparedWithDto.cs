namespace Wres.Reporting.Contract;

/// <summary>Which report this one is compared with.</summary>
internal sealed record ComparedWithDto
{
    public string? Year { get; init; }

    public PeriodDto? Period { get; init; }

    public string? Organisation { get; init; }

    public bool? Published { get; init; }
}
