using System.Globalization;
using System.Text.Json;
using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Tests.Builders;
using Wres.Reporting.Tests.Publication;

namespace Wres.Reporting.Tests.Writers;

/// <summary>Indicator 2 by pay band, staff group and detailed group in every format (issue 11).</summary>
public class BreakdownWriterTests
{
    private static readonly ReportWriterOptions Detail = new() { Detail = true };

    private static JsonElement Indicator2(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "2");

    private static (int?, int?, int?, int?) Counts(JsonElement row, string reference = "white", string focus = "bme") =>
        (Int(row.GetProperty(reference), "events"), Int(row.GetProperty(reference), "base"), Int(row.GetProperty(focus), "events"), Int(row.GetProperty(focus), "base"));

    private static int? Int(JsonElement parent, string name) => parent.GetProperty(name).ValueKind == JsonValueKind.Number ? parent.GetProperty(name).GetInt32() : null;

    private static PageBlocks.Table Table(List<PageBlocks.Block> blocks, string caption) =>
        blocks.OfType<PageBlocks.Table>().Single(t => t.Caption == caption);

    [Fact]
    public void Json_ByBandAndByStaffGroup_RowsInOrderWithTheIndicatorsStatistics()
    {
        var report = PostReports.Report();
        var indicator = Indicator2(Schemas.Json(report));

        var bands = indicator.GetProperty("byBand").EnumerateArray().ToList();
        Assert.Equal(["Band 5", "Band 8a", "Consultants", LikelihoodBreakdownRow.NotRecognisedLabel], bands.Select(b => b.GetProperty("payBand").GetString()));
        Assert.Equal([(10, 75, 12, 225), (2, 6, 0, 4), (0, 0, 1, 3), (1, 1, 0, 0)], bands.Select(b => Counts(b)).Select(c => ((int)c.Item1!, (int)c.Item2!, (int)c.Item3!, (int)c.Item4!)));
        Assert.False(bands[0].TryGetProperty("staffGroup", out _));

        var band5 = bands[0];
        var expected = report.Appointment.ByPayBand![0].RelativeLikelihood;
        Assert.Equal(expected.Ratio!.Value, band5.GetProperty("relativeLikelihood").GetDouble());
        Assert.Equal(expected.Interval!.Value.Lower, band5.GetProperty("ci95").GetProperty("lower").GetDouble());
        Assert.Equal(expected.Interval!.Value.Upper, band5.GetProperty("ci95").GetProperty("upper").GetDouble());
        Assert.Equal(expected.PValue!.Value, band5.GetProperty("pValue").GetDouble());
        Assert.Equal(("AdverseToBme", false), (band5.GetProperty("band").GetString(), band5.GetProperty("smallNumbers").GetBoolean()));
        Assert.Equal(0.4 / 3, band5.GetProperty("white").GetProperty("likelihood").GetDouble(), 15);
        Assert.Equal((1, 2), (Int(band5.GetProperty("unknown"), "events")!.Value, Int(band5.GetProperty("unknown"), "base")!.Value));

        // No ratio where a base or the BME likelihood is 0: null, with the reason; the p-value only with both bases.
        Assert.Equal((JsonValueKind.Null, "DenominatorLikelihoodIsZero", "Undefined", true), (bands[1].GetProperty("relativeLikelihood").ValueKind, bands[1].GetProperty("undefinedReason").GetString(), bands[1].GetProperty("band").GetString(), bands[1].GetProperty("smallNumbers").GetBoolean()));
        Assert.Equal(JsonValueKind.Number, bands[1].GetProperty("pValue").ValueKind);
        Assert.Equal(("NumeratorGroupHasNoBase", JsonValueKind.Null), (bands[2].GetProperty("undefinedReason").GetString(), bands[2].GetProperty("pValue").ValueKind));

        var groups = indicator.GetProperty("byStaffGroup").EnumerateArray().ToList();
        Assert.Equal(
            ["Administrative and Clerical", "Medical and Dental", "Nursing and Midwifery Registered", LikelihoodBreakdownRow.NotRecognisedLabel],
            groups.Select(g => g.GetProperty("staffGroup").GetString()));
        Assert.False(indicator.TryGetProperty("detail", out _));
    }

    [Fact]
    public void Json_Detail_OnlyWithTheOptionAndKeyedByTheNineGroups()
    {
        var indicator = Indicator2(Schemas.Json(PostReports.Report(), Detail));

        var detail = indicator.GetProperty("detail").EnumerateObject().ToList();
        Assert.Equal(["WhiteBritish", "WhiteIrish", "WhiteOther", "Mixed", "Asian", "Black", "Chinese", "Other", "Unknown"], detail.Select(d => d.Name));
        Assert.Equal(
            [(7, 51), (2, 6), (4, 25), (0, 4), (5, 100), (5, 103), (3, 25), (0, 0), (1, 2)],
            detail.Select(d => (Int(d.Value, "events")!.Value, Int(d.Value, "base")!.Value)));
        Assert.Equal(JsonValueKind.Null, detail[7].Value.GetProperty("likelihood").ValueKind);
        Assert.Equal(0.05, detail[4].Value.GetProperty("likelihood").GetDouble(), 15);
    }

    [Fact]
    public void Json_Wdes_RowsKeyedByDisabilityAndNoDetailEvenWhenAsked()
    {
        var indicator = Indicator2(Schemas.Json(PostReports.Report(EqualityStandard.Wdes), Detail));

        var band5 = indicator.GetProperty("byBand")[0];
        Assert.Equal((10, 75, 12, 225), Counts(band5, "nonDisabled", "disabled"));
        Assert.Equal("AdverseToDisabled", band5.GetProperty("band").GetString());
        Assert.False(indicator.TryGetProperty("detail", out _));
    }

    [Fact]
    public void Json_RecruitmentWithoutPosts_NeitherKey()
    {
        var indicator = Indicator2(Schemas.Json(PostReports.WithoutPosts(), Detail));

        Assert.False(indicator.TryGetProperty("byBand", out _));
        Assert.False(indicator.TryGetProperty("byStaffGroup", out _));
        Assert.True(indicator.TryGetProperty("detail", out _));
    }

    [Fact]
    public void Csv_BreakdownRows_BySegmentAndRowWithTheIndicatorsMeasures()
    {
        var records = Csv.Parse(ReportWriter.ToString(PostReports.Report(), ReportFormat.Csv, Detail));
        string[] Find(string segment, string row, string measure) => records.Single(r => r[0] == "2" && r[1] == segment && r[2] == row && r[3] == measure);

        Assert.Equal(["10", "12", "1"], Find("ByBand", "Band 5", "Events")[4..7]);
        Assert.Equal(["75", "225", "2"], Find("ByBand", "Band 5", "Base")[4..7]);
        Assert.Equal(2.5, double.Parse(Find("ByBand", "Band 5", "RelativeLikelihood")[8], CultureInfo.InvariantCulture), 12);
        Assert.Equal("WhiteOverBme", Find("ByBand", "Band 5", "RelativeLikelihood")[11]);
        Assert.Equal("AdverseToBme", Find("ByBand", "Band 5", "Band")[11]);
        Assert.Equal(("", "DenominatorLikelihoodIsZero", "Yes"), (Find("ByBand", "Band 8a", "RelativeLikelihood")[8], Find("ByBand", "Band 8a", "UndefinedReason")[11], Find("ByBand", "Band 8a", "SmallNumbers")[11]));
        Assert.Equal(["2", "0", "0"], Find("ByStaffGroup", "Administrative and Clerical", "Events")[4..7]);
        Assert.Equal("103", Find("Detail", "Black", "Base")[8]);
        Assert.Equal("5", Find("Detail", "Black", "Events")[8]);

        // The indicator's own rows are still the first of their measure, with no segment.
        Assert.Equal(["13", "13", "1"], records.First(r => r[0] == "2" && r[3] == "Events")[4..7]);
        Assert.DoesNotContain(Csv.Parse(ReportWriter.ToString(PostReports.Report(), ReportFormat.Csv)), r => r[1] == "Detail");
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Page_TablesByBandAndStaffGroup_WithTheStatisticsAndWordsForNoRatio(ReportFormat format)
    {
        var page = ReportWriter.ToString(PostReports.Report(), format, Detail);
        var blocks = format switch
        {
            ReportFormat.Text => PageBlocks.FromText(page),
            ReportFormat.Markdown => PageBlocks.FromMarkdown(page),
            _ => PageBlocks.FromHtml(page),
        };

        var bands = Table(blocks, "Indicator 2 by pay band of the post: counts and relative likelihoods");
        Assert.Equal(["Pay band", "White appointed", "White shortlisted", "BME appointed", "BME shortlisted", "Unknown appointed", "Unknown shortlisted", "Relative likelihood (White ÷ BME)", "95% confidence interval", "p-value", "Band", "Small numbers"], bands.Headers);
        Assert.Equal(["Band 5", "10", "75", "12", "225", "1", "2", "2.50", "1.13 to 5.55"], bands.Rows[0].Take(9));
        Assert.Equal(["Adverse to BME", "No"], bands.Rows[0].Skip(10));
        Assert.Equal("no ratio: no BME applicants appointed", bands.Rows[1][7]);
        Assert.Equal("no ratio: no White applicants shortlisted", bands.Rows[2][7]);
        Assert.Equal(LikelihoodBreakdownRow.NotRecognisedLabel, bands.Rows[3][0]);
        Assert.Equal(4, Table(blocks, "Indicator 2 by staff group of the post: counts and relative likelihoods").Rows.Count);
        var detail = Table(blocks, "Indicator 2 by detailed ethnic group: counts and likelihoods");
        Assert.Equal(["White British", "White Irish", "White other", "Mixed", "Asian", "Black", "Chinese", "Other", "Unknown"], detail.Rows.Select(r => r[0]));
        Assert.Equal(["Black", "5", "103", "4.9%"], detail.Rows[5]);
        Assert.Contains(blocks.OfType<PageBlocks.Paragraph>(), p => p.Text.StartsWith("Caution: small numbers. A row marked Yes", StringComparison.Ordinal));

        // The breakdowns follow the indicator's own figures, and the detailed groups sit beside its White/BME table.
        var tables = blocks.OfType<PageBlocks.Table>().Select(t => t.Caption).ToList();
        var own = tables.IndexOf("Indicator 2: counts and likelihoods by group");
        Assert.Equal(own + 1, tables.IndexOf(detail.Caption));
        Assert.Equal(own + 2, tables.IndexOf(bands.Caption));
    }

    [Fact]
    public void Page_WithoutTheOption_NoDetailTable()
    {
        var blocks = PageBlocks.FromText(ReportWriter.ToString(PostReports.Report(), ReportFormat.Text));

        Assert.DoesNotContain(blocks.OfType<PageBlocks.Table>(), t => t.Caption.Contains("detailed ethnic group", StringComparison.Ordinal));
        Assert.Contains(blocks.OfType<PageBlocks.Table>(), t => t.Caption.Contains("by pay band", StringComparison.Ordinal));
    }

    [Fact]
    public void Publish_SmallRows_CountsSuppressedRatiosWithheldWithTheReasonAndNothingPinned()
    {
        var report = PostReports.Report();
        var options = new ReportWriterOptions { Publish = true, Detail = true };

        var indicator = Indicator2(Schemas.Json(report, options));
        var band8a = indicator.GetProperty("byBand")[1];
        Assert.Equal((JsonValueKind.Null, true), (band8a.GetProperty("white").GetProperty("base").ValueKind, band8a.GetProperty("white").GetProperty("baseSuppressed").GetBoolean()));
        Assert.Equal((JsonValueKind.Null, true), (band8a.GetProperty("relativeLikelihood").ValueKind, band8a.GetProperty("relativeLikelihoodSuppressed").GetBoolean()));
        Assert.Equal("not published: a count behind it is 7 or fewer", band8a.GetProperty("suppressedReason").GetString());
        Assert.Equal(JsonValueKind.Null, band8a.GetProperty("undefinedReason").ValueKind);
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("detail").GetProperty("WhiteIrish").GetProperty("likelihood").ValueKind);

        var text = PageBlocks.FromText(ReportWriter.ToString(report, ReportFormat.Text, options));
        var row = Table(text, "Indicator 2 by pay band of the post: counts and relative likelihoods").Rows[1];
        Assert.Equal(["Band 8a", "*", "*", "0", "*", "0", "0", "not published", "*", "*", "*", "*"], row);
        Assert.Contains(text.OfType<PageBlocks.Paragraph>(), p => p.Text.StartsWith("Not published (*): a row's relative likelihood", StringComparison.Ordinal));
        Assert.Empty(DisclosureAdversaryTests.Pinned(report, new Core.Publication.DisclosureOptions(), detail: true));
        Assert.Empty(DisclosureAdversaryTests.Pinned(PostReports.RollUp(), new Core.Publication.DisclosureOptions(), detail: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CompareWith_LastYearsReportWithBreakdowns_IsReadAndComparedAsBefore(bool published)
    {
        var lastYear = PreviousReport.Parse(YearPair.AsLastYearJson(PostReports.Report(), new ReportWriterOptions { Detail = true, Publish = published }));

        var report = PostReports.Report();
        var json = Indicator2(Schemas.Json(report, new ReportWriterOptions { CompareWith = lastYear, Detail = true }));

        // Last year's published ratio is at the page's precision (232/82 = 2.8293 shown as 2.83).
        var ratio = report.Appointment.RelativeLikelihood!.Ratio!.Value;
        Assert.Equal(published ? ratio - 2.83 : 0.0, json.GetProperty("change").GetProperty("relativeLikelihood").GetDouble(), 12);
        Assert.Equal(4, json.GetProperty("byBand").GetArrayLength());
    }
}
