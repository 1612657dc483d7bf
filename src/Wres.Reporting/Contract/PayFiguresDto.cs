namespace Wres.Reporting.Contract;

/// <summary>A figure of the reference and the focus group (hourly pay in pounds, or a percentage).</summary>
internal sealed record PayFiguresDto
{
    public double? Reference { get; init; }

    public double? Focus { get; init; }
}
