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

    [Fact]
    public void Report_SampleWdes_MetricThreeOfNoDisabledCasesSaidAsSuchNotAdverse()
    {
        // The sample trust: 0 of 293 disabled and 9 of 4532 non-disabled staff (a bank-only person's case is out of scope) entered the capability process (two years pooled).
        var run = CliRun.Of("report", "--sample", "--standard", "wdes", "--year-end", "2026-03-31");

        Assert.Contains("- In words: No disabled staff entered the formal capability process (0 of 293), against 9 of 4532 non-disabled staff: a ratio of 0;", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Adverse to Non-disabled staff", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SampleWres_FindingsInWordsAndBoardSubsetsInJson()
    {
        var json = JsonDocument.Parse(CliRun.Of("report", "--sample", "--year-end", "2026-03-31", "--format", "json").Output).RootElement;
        var indicators = json.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);

        Assert.Equal(
            "BME staff were 1.49 times as likely as White staff to enter the formal disciplinary process; the 95% confidence interval, 0.84 to 2.65, includes 1.00: the difference may be chance.",
            indicators["3"].GetProperty("finding").GetString());
        Assert.Equal(1, indicators["9"].GetProperty("nonVoting").GetProperty("members").GetInt32());
        Assert.Equal(6, indicators["9"].GetProperty("nonExecutive").GetProperty("members").GetInt32());
    }
}
