namespace Wres.Reporting.Contract;

/// <summary>This year's staff survey result minus last year's.</summary>
internal sealed record SurveyChangeDto
{
    public ReportNumber? WhitePercent { get; init; }

    public ReportNumber? BmePercent { get; init; }

    public ReportNumber? GapPercentagePoints { get; init; }

    public int? WhiteRespondents { get; init; }

    public int? BmeRespondents { get; init; }
}
