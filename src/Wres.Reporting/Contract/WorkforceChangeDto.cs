namespace Wres.Reporting.Contract;

/// <summary>This year's workforce figures minus last year's, under the same keys; a count change is unknown when either count is.</summary>
internal sealed record WorkforceChangeDto
{
    public int? Headcount { get; init; }

    public int? White { get; init; }

    public int? Bme { get; init; }

    public int? Unknown { get; init; }

    public ReportNumber? WhitePercent { get; init; }

    public ReportNumber? BmePercent { get; init; }

    public ReportNumber? UnknownPercent { get; init; }

    public ReportNumber? KnownBmePercent { get; init; }

    public ReportNumber? DeclarationRate { get; init; }
}
