using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>This year's staff survey result minus last year's, under the same keys (percentage points, or points of the score).</summary>
internal sealed record SurveyChangeDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> WhitePercent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> BmePercent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> GapPercentagePoints { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> WhiteScore { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> BmeScore { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ReportNumber?> GapPoints { get; init; }

    public int? WhiteRespondents { get; init; }

    public int? BmeRespondents { get; init; }
}
