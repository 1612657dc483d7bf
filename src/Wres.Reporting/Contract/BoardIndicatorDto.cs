namespace Wres.Reporting.Contract;

/// <summary>The board indicator (kind <c>board</c>: WRES 9, WDES 10): the workforce's focus share and each set of members.</summary>
internal sealed record BoardIndicatorDto : IndicatorDto
{
    public ReportNumber? WorkforceBmePercent { get; init; }

    public BoardSubsetDto? Total { get; init; }

    public BoardSubsetDto? Voting { get; init; }

    public BoardSubsetDto? Executive { get; init; }
}
