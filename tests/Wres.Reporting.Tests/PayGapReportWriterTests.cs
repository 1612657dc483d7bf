using System.Text;
using System.Text.Json;
using Json.Schema;
using Wres.Core;
using Wres.Core.PayGaps;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests;

/// <summary>The pay gap report in every format: JSON against its schema, publishing, last year's comparison, the roll-up.</summary>
public sealed class PayGapReportWriterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(PayGapReportWriter).Assembly.GetManifestResourceStream("Wres.Reporting.Schema.wres-paygaps-1.schema.json")!;
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    private static JsonElement Json(PayGapReport report, PayGapWriterOptions? options = null) => Valid(PayGapReportWriter.ToString(report, ReportFormat.Json, options));

    private static JsonElement Valid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10);
        Assert.True(result.IsValid, "Not valid against wres-paygaps-1.schema.json:\n" + string.Join('\n', errors));
        return document.RootElement.Clone();
    }

    private static JsonElement Sex(JsonElement report) => report.GetProperty("payGaps").EnumerateArray().Single(g => g.GetProperty("characteristic").GetString() == "sex");

    private static string Write(PayGapRollUpReport report, ReportFormat format, PayGapWriterOptions? options = null)
    {
        using var writer = new StringWriter();
        PayGapReportWriter.Write(report, format, writer, options);
        return writer.ToString();
    }

    [Fact]
    public void Json_HandWorkedReport_HoldsTheGapsUnroundedAndIsValid()
    {
        var sex = Sex(Json(PayGapReports.Report()));

        Assert.Equal("Male", sex.GetProperty("reference").GetString());
        Assert.Equal(25.0, sex.GetProperty("meanHourlyGap").GetDouble(), 12);
        Assert.Equal(25.0, sex.GetProperty("medianHourlyGap").GetDouble(), 12);
        Assert.Equal(0.0, sex.GetProperty("meanBonusGap").GetDouble(), 12);
        Assert.Equal(100.0 * 10 / 12, sex.GetProperty("bonusProportion").GetProperty("focus").GetDouble(), 12);
        Assert.Equal(3, sex.GetProperty("relevant").GetProperty("unknown").GetInt32());
        Assert.Equal([7, 7, 7, 6], sex.GetProperty("quartiles").EnumerateArray().Select(q => q.GetProperty("people").GetInt32()));
        Assert.Equal("Band 5", sex.GetProperty("byBand")[0].GetProperty("band").GetString());
    }

    [Fact]
    public void Json_SmallGroups_NameTheSuppressedMeasures()
    {
        // The ethnicity of everyone is unknown: both groups are empty, so every gap is suppressed (that wins over undefined).
        var ethnicity = Json(PayGapReports.Report()).GetProperty("payGaps").EnumerateArray().Single(g => g.GetProperty("characteristic").GetString() == "ethnicity");

        Assert.Equal(JsonValueKind.Null, ethnicity.GetProperty("meanHourlyGap").ValueKind);
        Assert.Contains("meanHourlyGap", ethnicity.GetProperty("suppressed").EnumerateArray().Select(e => e.GetString()));
        Assert.False(ethnicity.GetProperty("undefinedReasons").TryGetProperty("meanHourlyGap", out _));
    }

    [Fact]
    public void Json_NoSuppressionAndAnEmptyGroup_GivesTheUndefinedReason()
    {
        var options = new WresOptions();
        options.PayGaps.SuppressionThreshold = 0;

        var ethnicity = Json(PayGapReports.Report(options: options)).GetProperty("payGaps").EnumerateArray().Single(g => g.GetProperty("characteristic").GetString() == "ethnicity");

        Assert.Equal(JsonValueKind.Null, ethnicity.GetProperty("meanHourlyGap").ValueKind);
        Assert.Contains("reference group", ethnicity.GetProperty("undefinedReasons").GetProperty("meanHourlyGap").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Publish_SuppressesCountsUnderTheThresholdAndRoundsTheRest()
    {
        var published = Json(PayGapReports.Report(), new PayGapWriterOptions { Publish = true });

        var relevant = Sex(published).GetProperty("relevant");
        Assert.True(published.GetProperty("published").GetBoolean());
        Assert.Equal(JsonValueKind.Null, relevant.GetProperty("unknown").ValueKind); // 3 people
        Assert.True(relevant.GetProperty("unknownSuppressed").GetBoolean());
        Assert.Equal(10, relevant.GetProperty("reference").GetInt32()); // 12 rounded to 5
        Assert.Equal(25, published.GetProperty("relevantEmployees").GetInt32()); // 27 rounded: 27 - 12 - 12 would give the 3 away
        Assert.Equal(JsonValueKind.Null, Sex(published).GetProperty("undisclosedPercent").ValueKind);
        Assert.Equal(25.0, Sex(published).GetProperty("meanHourlyGap").GetDouble(), 12);
    }

    [Fact]
    public void Json_CompareWithLastYear_GivesPreviousAndChangeInPoints()
    {
        var lastYear = PayGapReportWriter.ToString(PayGapReports.Report(womensRate: 16m), ReportFormat.Json);
        var previous = PreviousPayGaps.Load(new MemoryStream(Encoding.UTF8.GetBytes(lastYear)));

        var sex = Sex(Json(PayGapReports.Report(), new PayGapWriterOptions { CompareWith = previous }));

        Assert.Equal(20.0, sex.GetProperty("previous").GetProperty("meanHourlyGap").GetDouble(), 9);
        Assert.Equal(5.0, sex.GetProperty("change").GetProperty("meanHourlyGap").GetDouble(), 9);
        Assert.Equal(0.0, sex.GetProperty("change").GetProperty("meanBonusGap").GetDouble(), 9);
    }

    [Fact]
    public void PreviousPayGaps_AWresReport_ThrowsFormatException()
    {
        var wres = ReportWriter.ToString(Reports.Full(), ReportFormat.Json);

        Assert.Throws<FormatException>(() => PreviousPayGaps.Load(new MemoryStream(Encoding.UTF8.GetBytes(wres))));
    }

    [Fact]
    public void Json_RollUp_HoldsTheCombinedAndEachOrganisation()
    {
        var json = Valid(Write(PayGapReports.RollUp(), ReportFormat.Json));

        Assert.Equal("ICS", json.GetProperty("organisation").GetString());
        Assert.Equal(["RXA", "RXB"], json.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("organisation").GetString()));
        Assert.Equal(0.0, Sex(json.GetProperty("organisations")[1]).GetProperty("meanHourlyGap").GetDouble(), 12);
        Assert.Equal(12.5, Sex(json).GetProperty("meanHourlyGap").GetDouble(), 12); // men 20, women 15 and 20: mean 17.5
    }

    [Theory]
    [InlineData(ReportFormat.Text, "Mean hourly pay    £20.00  £15.00    +25.0")]
    [InlineData(ReportFormat.Markdown, "| Mean hourly pay | £20.00 | £15.00 | +25.0 |")]
    [InlineData(ReportFormat.Html, "<td>Mean hourly pay</td><td>&#163;20.00</td><td>&#163;15.00</td><td>+25.0</td>")]
    [InlineData(ReportFormat.Csv, "Example NHS Trust,sex,Male,Female,meanHourlyGap,,25,\r\n")]
    public void Write_EachFormat_ShowsTheSameGap(ReportFormat format, string expected)
    {
        var text = PayGapReportWriter.ToString(PayGapReports.Report(), format);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Quartiles_AreDrawnAsAnInlineSvgWithEachGroupsShare()
    {
        var html = PayGapReportWriter.ToString(PayGapReports.Report(), ReportFormat.Html);

        Assert.Equal(3, html.Split("<svg", StringSplitOptions.None).Length - 1); // one chart per characteristic
        // 27 people in parts of 7, 7, 7, 6: the 12 women (15 an hour), then the 3 of unknown sex (18), then the 12 men (20).
        // Quartile 2 holds women 8-12 and two of unknown sex: 5/7 and 2/7.
        Assert.Contains("<title>Female: 71.4%</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Unknown: 28.6%</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Female: 100.0%</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_OrganisationLikeAFormula_IsNeutralisedAndNumbersStayNumbers()
    {
        var csv = PayGapReportWriter.ToString(PayGapReports.Report(organisation: "=HYPERLINK(1)", womensRate: 25m), ReportFormat.Csv);

        Assert.Contains("'=HYPERLINK(1),sex,Male,Female,meanHourlyGap,,-25,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_CompareWithLastYear_ShowsLastYearAndTheChange()
    {
        var lastYear = PayGapReportWriter.ToString(PayGapReports.Report(womensRate: 16m), ReportFormat.Json);
        var options = new PayGapWriterOptions { CompareWith = PreviousPayGaps.Load(new MemoryStream(Encoding.UTF8.GetBytes(lastYear))) };

        var text = PayGapReportWriter.ToString(PayGapReports.Report(), ReportFormat.Text, options);

        Assert.Contains("+25.0          +20.0  +5.0 pp", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Publish_ShowsSuppressedCountsAsStars()
    {
        var text = PayGapReportWriter.ToString(PayGapReports.Report(), ReportFormat.Text, new PayGapWriterOptions { Publish = true });

        Assert.Contains("25 relevant employees", text, StringComparison.Ordinal);
        Assert.DoesNotContain("27", text, StringComparison.Ordinal); // not in the totals, nor in the data quality (left out when publishing)
        Assert.DoesNotContain("Data quality", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportWriter_WithPayGaps_AddsTheSectionValidAgainstBothSchemas()
    {
        var json = Schemas.Json(Reports.Full(), new ReportWriterOptions { PayGaps = PayGapReports.Report() });

        var payGaps = JsonDocument.Parse(json).RootElement.GetProperty("payGaps");
        Assert.Equal(3, payGaps.GetArrayLength());
        Assert.Equal(25.0, payGaps[0].GetProperty("meanHourlyGap").GetDouble(), 12);
        Valid(PayGapReportWriter.ToString(PayGapReports.Report(), ReportFormat.Json)); // the same gaps as wres paygap writes them
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Csv)]
    public void ReportWriter_WithPayGaps_WritesTheSectionAfterTheReport(ReportFormat format)
    {
        var without = ReportWriter.ToString(Reports.Full(), format);

        var with = ReportWriter.ToString(Reports.Full(), format, new ReportWriterOptions { PayGaps = PayGapReports.Report() });

        Assert.StartsWith(without, with, StringComparison.Ordinal);
        Assert.Contains(format == ReportFormat.Csv ? ",25," : "+25.0", with[without.Length..], StringComparison.Ordinal);
    }

    [Fact]
    public void ReportWriter_WithPayGapsAsHtml_PutsTheSectionInsideTheBody()
    {
        var html = ReportWriter.ToString(Reports.Full(), ReportFormat.Html, new ReportWriterOptions { PayGaps = PayGapReports.Report() });

        var section = html.IndexOf("<h2>Pay gaps</h2>", StringComparison.Ordinal);
        Assert.InRange(section, 1, html.LastIndexOf("</body>", StringComparison.Ordinal));
        Assert.Contains("<svg", html[section..], StringComparison.Ordinal);
    }
}
