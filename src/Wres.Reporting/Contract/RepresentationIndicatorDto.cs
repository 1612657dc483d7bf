namespace Wres.Reporting.Contract;

/// <summary>Indicator 1 (kind <c>representation</c>): every row of every segment, then the whole workforce's shares.</summary>
internal sealed record RepresentationIndicatorDto : IndicatorDto
{
    public IReadOnlyList<RowDto>? Rows { get; init; }

    public ReportNumber? KnownBmePercent { get; init; }

    public ReportNumber? DeclarationRate { get; init; }
}
