namespace Wres.Reporting.Contract;

/// <summary>The BME headcount a band is to reach by the end of one reporting year.</summary>
internal sealed record ModelEmployerMilestoneDto
{
    /// <summary>The reporting year as reports name it (<c>2026/27</c>).</summary>
    public string? Year { get; init; }

    public int? Bme { get; init; }
}
