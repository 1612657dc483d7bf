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

    [Fact]
    public void Report_Sample_PeopleToParityInWords()
    {
        // Worked by hand from the sample's counts (rules §8):
        // 2: White 244/853, BME 107/542: ceil(244 × 542 / 853) = ceil(155.04) = 156 → 49 more; ÷ 1.25: ceil(124.03) = 125 → 18 more.
        // 3: White 32/4062, BME 18/1530: floor(32 × 1530 / 4062) = floor(12.05) = 12 (6 fewer); × 1.25: floor(15.06) = 15.
        // 4: White 732/2035, BME 224/771: ceil(277.33) = 278 → 54 more; ÷ 1.25: ceil(221.9) = 222 ≤ 224, in the band already.
        var output = CliRun.Of("report", "--sample", "--year-end", "2026-03-31").Output;

        Assert.Contains("- To parity: 49 more of the 542 BME applicants would need to be appointed from shortlisting for the ratio to reach 1.00, and 18 more for it to come within the four-fifths band (up to 1.25).", output, StringComparison.Ordinal);
        Assert.Contains("- To parity: 12 or fewer of the 1530 BME staff, instead of 18, would bring the ratio to 1.00 (6 fewer); 15 or fewer would bring it within the four-fifths band (up to 1.25).", output, StringComparison.Ordinal);
        Assert.Contains("- To parity: 54 more of the 771 BME staff would need to access non-mandatory training and CPD for the ratio to reach 1.00 (it is within the four-fifths band, up to 1.25, already).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Sample_ModelEmployerTrajectory()
    {
        // Workforce 770 BME of 2950: Band 8a of 110 with 23 BME: target ceil(770 × 110 / 2950) = ceil(28.7) = 29;
        // from this year (2026): 2027 23 + ceil(6 / 2) = 26, 2028 29; gap next year's 26 − 23 = +3.
        var output = CliRun.Of("report", "--sample", "--year-end", "2026-03-31").Output;
        var published = CliRun.Of("report", "--sample", "--year-end", "2026-03-31", "--publish").Output;
        var later = CliRun.Of("report", "--sample", "--year-end", "2026-03-31", "--target-year", "2030").Output;

        Assert.Contains("Band 8a        110       23               23      29       26       29   +3", output, StringComparison.Ordinal);
        Assert.Contains("Model Employer trajectory to 2027/28", output, StringComparison.Ordinal);
        Assert.Contains("Model Employer trajectory to 2029/30", later, StringComparison.Ordinal);
        Assert.Contains("Not published: the targets, milestones and gaps are worked out from exact band counts", published, StringComparison.Ordinal);
    }
}
