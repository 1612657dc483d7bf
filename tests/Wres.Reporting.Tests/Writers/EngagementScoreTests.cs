using System.Text.Json;
using Wres.Core;
using Wres.Core.Survey;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

/// <summary>Issue 10: the WDES staff engagement score (metric 9a) is a score out of 10 with a gap in points in every format, never a percentage.</summary>
public class EngagementScoreTests
{
    private static WresReport Wdes(decimal nonDisabled, decimal disabled) => new WresCalculator().Calculate(
        new WresDataset
        {
            Survey =
            [
                new SurveyResult { Indicator = "9a", Group = ComparisonGroup.Reference, Percent = nonDisabled, Respondents = 200 },
                new SurveyResult { Indicator = "9a", Group = ComparisonGroup.Focus, Percent = disabled, Respondents = 50 },
                new SurveyResult { Indicator = "5", Group = ComparisonGroup.Reference, Percent = 58.0m },
                new SurveyResult { Indicator = "5", Group = ComparisonGroup.Focus, Percent = 44.5m },
            ],
        },
        Reports.Year,
        EqualityStandard.Wdes,
        Reports.Organisation);

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Write_EngagementScore_ScoreOutOfTenWithItsGapInPointsAndNoPercentSign(ReportFormat format)
    {
        var page = ReportWriter.ToString(Wdes(7.0m, 6.8m), format);
        var section = page[page.IndexOf("Metric 9a:", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("Metric 10:", StringComparison.Ordinal)];

        Assert.Contains("Score (0 to 10)", section, StringComparison.Ordinal);
        Assert.Contains("Score out of 10 (Disabled vs Non-disabled): 6.8 vs 7.0, gap -0.2 points; higher is better, so this is unfavourable to Disabled staff.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("%", section.Replace("(0 to 10)", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("percentage points", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OtherSurveyMetrics_StayPercentages()
    {
        var text = ReportWriter.ToString(Wdes(7.0m, 6.8m), ReportFormat.Text);

        Assert.Contains("Gap (Disabled − Non-disabled): -13.5 percentage points; higher is better", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EngagementScoreAsJson_ScoreKeysAndScaleValidAgainstTheSchema()
    {
        var indicators = JsonDocument.Parse(Schemas.Json(Wdes(7.0m, 6.8m))).RootElement.GetProperty("indicators").EnumerateArray().ToList();
        var score = indicators.Single(i => i.GetProperty("id").GetString() == "9a");
        var percentage = indicators.Single(i => i.GetProperty("id").GetString() == "5");

        Assert.Equal("ScoreOutOfTen", score.GetProperty("scale").GetString());
        Assert.Equal(7.0m, score.GetProperty("nonDisabledScore").GetDecimal());
        Assert.Equal(6.8m, score.GetProperty("disabledScore").GetDecimal());
        Assert.Equal(-0.2m, score.GetProperty("gapPoints").GetDecimal());
        Assert.False(score.TryGetProperty("disabledPercent", out _));
        Assert.False(score.TryGetProperty("gapPercentagePoints", out _));
        Assert.Equal("Percentage", percentage.GetProperty("scale").GetString());
        Assert.Equal(-13.5m, percentage.GetProperty("gapPercentagePoints").GetDecimal());
        Assert.False(percentage.TryGetProperty("gapPoints", out _));
    }

    [Fact]
    public void Write_EngagementScoreAsCsv_ScoreAndGapPointsRows()
    {
        var records = Csv.Parse(ReportWriter.ToString(Wdes(7.0m, 6.8m), ReportFormat.Csv));

        Assert.Equal(["7.0", "6.8"], records.Single(r => r[0] == "9a" && r[3] == "Score")[4..6]);
        Assert.Equal("-0.2", records.Single(r => r[0] == "9a" && r[3] == "GapPoints")[8]);
        Assert.DoesNotContain(records, r => r[0] == "9a" && r[3] is "Percent" or "GapPercentagePoints");
    }

    [Fact]
    public void Write_EngagementScoreComparedWithLastYear_LastYearsScoreAndChangeInPoints()
    {
        var lastYear = PreviousReport.Parse(YearPair.AsLastYearJson(Wdes(6.5m, 6.9m)));

        var report = Wdes(7.0m, 6.8m);
        var score = JsonDocument.Parse(Schemas.Json(report, new ReportWriterOptions { CompareWith = lastYear })).RootElement
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "9a");
        var text = ReportWriter.ToString(report, ReportFormat.Text, new ReportWriterOptions { CompareWith = lastYear });

        Assert.Equal(6.9m, score.GetProperty("previous").GetProperty("disabledScore").GetDecimal());
        Assert.Equal(0.4m, score.GetProperty("previous").GetProperty("gapPoints").GetDecimal());
        Assert.Equal(-0.1m, score.GetProperty("change").GetProperty("disabledScore").GetDecimal());
        Assert.Equal(-0.6m, score.GetProperty("change").GetProperty("gapPoints").GetDecimal());
        Assert.Contains("Last year's gap: +0.4 points; change -0.6 points.", text, StringComparison.Ordinal);
        Assert.Contains("Change: points", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EngagementScoreWrittenAsAPercentageBeforeScoresHadTheirOwnKeys_StillRead()
    {
        var json = YearPair.AsLastYearJson(Wdes(6.5m, 6.9m))
            .Replace("\"nonDisabledScore\"", "\"nonDisabledPercent\"", StringComparison.Ordinal)
            .Replace("\"disabledScore\"", "\"disabledPercent\"", StringComparison.Ordinal)
            .Replace("\"gapPoints\"", "\"gapPercentagePoints\"", StringComparison.Ordinal)
            .Replace("\"scale\": \"ScoreOutOfTen\",", string.Empty, StringComparison.Ordinal);

        var text = ReportWriter.ToString(Wdes(7.0m, 6.8m), ReportFormat.Text, new ReportWriterOptions { CompareWith = PreviousReport.Parse(json) });

        Assert.Contains("Last year's gap: +0.4 points; change -0.6 points.", text, StringComparison.Ordinal);
    }
}
