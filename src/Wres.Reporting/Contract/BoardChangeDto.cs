namespace Wres.Reporting.Contract;

/// <summary>This year's board members minus last year's.</summary>
internal sealed record BoardChangeDto
{
    public int? Members { get; init; }

    public int? White { get; init; }

    public int? Bme { get; init; }

    public int? Unknown { get; init; }

    public ReportNumber? BmePercent { get; init; }

    public ReportNumber? DifferencePercentagePoints { get; init; }
}
