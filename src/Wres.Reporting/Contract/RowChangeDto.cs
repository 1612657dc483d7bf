namespace Wres.Reporting.Contract;

/// <summary>This year's row of indicator 1 minus last year's, under the same keys.</summary>
internal sealed record RowChangeDto
{
    public int? White { get; init; }

    public int? Bme { get; init; }

    public int? Unknown { get; init; }

    public int? Total { get; init; }

    public ReportNumber? WhitePercent { get; init; }

    public ReportNumber? BmePercent { get; init; }

    public ReportNumber? UnknownPercent { get; init; }
}
