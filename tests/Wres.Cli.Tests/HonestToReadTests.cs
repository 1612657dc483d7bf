using System.Text.Json;

namespace Wres.Cli.Tests;

/// <summary>Issue 10, through the tool: the engagement score as a score, the board's subsets, findings in words, data quality that stays readable.</summary>
public sealed class HonestToReadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_WdesEngagementScore_ShownAsAScoreOutOfTenInTextAndJson()
    {
        var survey = _folder.File("survey.csv", "Indicator,Group,Percent,Respondents\n9a,Non-disabled,7.0,200\n9a,Disabled,6.8,50\n");

        var text = CliRun.Of("report", "--survey", survey, "--standard", "wdes", "--year-end", "2026-03-31");
        var json = JsonDocument.Parse(CliRun.Of("report", "--survey", survey, "--standard", "wdes", "--year-end", "2026-03-31", "--format", "json").Output).RootElement;

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Score out of 10 (Disabled vs Non-disabled): 6.8 vs 7.0, gap -0.2 points", text.Output, StringComparison.Ordinal);
        var score = json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "9a");
        Assert.Equal(-0.2m, score.GetProperty("gapPoints").GetDecimal());
        Assert.False(score.TryGetProperty("gapPercentagePoints", out _));
    }
}
