using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.RollUp;
using Wres.Core.Publication;
using Wres.Core.Workforce;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

public partial class JsonReportWriterTests
{
    private static readonly string[] WresIds = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
    private const double Tolerance = 1e-9;
    private static readonly string[] WdesIds = ["1", "2", "3", "4a(i)", "4a(ii)", "4a(iii)", "4b", "5", "6", "7", "8", "9a", "10"];

    private static JsonElement Json(WresReport report, ReportWriterOptions? options = null)
    {
        using var document = JsonDocument.Parse(Schemas.Json(report, options));
        return document.RootElement.Clone();
    }

    private static JsonElement Indicator(JsonElement root, string id) =>
        root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static void HasKeys(JsonElement element, params string[] keys)
    {
        foreach (var key in keys)
        {
            Assert.True(element.TryGetProperty(key, out _), $"'{key}' is missing from {element}");
        }
    }

    /// <summary>Asserts the published shape of a suppressed count: <c>null</c>, with the sibling <c>…Suppressed: true</c>.</summary>
    private static void Suppressed(JsonElement parent, string name)
    {
        Assert.Equal(JsonValueKind.Null, parent.GetProperty(name).ValueKind);
        Assert.Equal(JsonValueKind.True, parent.GetProperty(name + "Suppressed").ValueKind);
    }

    private static IEnumerable<string> AllPropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllPropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllPropertyNames),
        _ => [],
    };

    [Fact]
    public void Write_FullWresReport_HasEveryFieldOfTheContract()
    {
        var root = Json(Reports.Full());

        HasKeys(root, "schema", "organisation", "period", "standard", "workforce", "indicators", "dataQuality");
        Assert.Equal("wres-report/1", root.GetProperty("schema").GetString());
        Assert.Equal(Reports.Organisation, root.GetProperty("organisation").GetString());
        Assert.Equal("wres", root.GetProperty("standard").GetString());
        var period = root.GetProperty("period");
        Assert.Equal(("2025-04-01", "2026-03-31", "2026-03-31"), (period.GetProperty("start").GetString(), period.GetProperty("end").GetString(), period.GetProperty("snapshot").GetString()));

        var workforce = root.GetProperty("workforce");
        HasKeys(workforce, "headcount", "white", "bme", "unknown", "bmePercent", "knownBmePercent", "declarationRate");
        Assert.Equal(163, workforce.GetProperty("headcount").GetInt32());
        Assert.Equal(163, workforce.GetProperty("selection").GetProperty(nameof(SelectionRule.OnlyAssignment)).GetInt32());

        Assert.Equal(WresIds, root.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        foreach (var row in Indicator(root, "1").GetProperty("rows").EnumerateArray())
        {
            HasKeys(row, "segment", "row", "white", "bme", "unknown", "total", "applicable", "whitePercent", "bmePercent", "unknownPercent");
        }

        foreach (var id in new[] { "2", "3", "4" })
        {
            var likelihood = Indicator(root, id);
            HasKeys(likelihood, "white", "bme", "unknown", "relativeLikelihood", "ci95", "pValue", "band", "smallNumbers", "undefinedReason", "rolling");
            HasKeys(likelihood.GetProperty("white"), "events", "base", "likelihood");
            HasKeys(likelihood.GetProperty("bme"), "events", "base", "likelihood");
            HasKeys(likelihood.GetProperty("unknown"), "events", "base");
            HasKeys(likelihood.GetProperty("ci95"), "lower", "upper");
            Assert.Equal("AdverseToBme", likelihood.GetProperty("band").GetString());
        }

        var appointment = Indicator(root, "2");
        Assert.Equal((12, 60), (appointment.GetProperty("white").GetProperty("events").GetInt32(), appointment.GetProperty("white").GetProperty("base").GetInt32()));
        Assert.Equal((3, 40), (appointment.GetProperty("bme").GetProperty("events").GetInt32(), appointment.GetProperty("bme").GetProperty("base").GetInt32()));
        Assert.False(appointment.GetProperty("rolling").GetBoolean());
        Assert.True(Indicator(root, "3").GetProperty("rolling").GetBoolean());

        foreach (var id in new[] { "5", "6", "7", "8" })
        {
            HasKeys(Indicator(root, id), "whitePercent", "bmePercent", "gapPercentagePoints", "whiteRespondents", "bmeRespondents");
        }

        Assert.Equal(-13.5m, Indicator(root, "7").GetProperty("gapPercentagePoints").GetDecimal());
        var board = Indicator(root, "9");
        foreach (var subset in new[] { "total", "voting", "executive" })
        {
            HasKeys(board.GetProperty(subset), "members", "white", "bme", "unknown", "bmePercent", "differencePercentagePoints");
        }

        Assert.Equal(6, board.GetProperty("total").GetProperty("members").GetInt32());

        var files = root.GetProperty("dataQuality").GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(8, files.Count);
        foreach (var file in files)
        {
            HasKeys(file, "file", "rowsRead", "rowsCounted", "rowsExcluded", "rowsRejected", "exclusions", "issues");
        }

        var recruitment = files.Single(f => f.GetProperty("file").GetString() == "recruitment");
        Assert.Equal((107, 105, 1, 1), (recruitment.GetProperty("rowsRead").GetInt32(), recruitment.GetProperty("rowsCounted").GetInt32(), recruitment.GetProperty("rowsExcluded").GetInt32(), recruitment.GetProperty("rowsRejected").GetInt32()));
        var exclusion = Assert.Single(recruitment.GetProperty("exclusions").EnumerateArray());
        Assert.Equal(("OutsideReportingYear", 1), (exclusion.GetProperty("rule").GetString(), exclusion.GetProperty("rows").GetInt32()));
        var issue = Assert.Single(files.Single(f => f.GetProperty("file").GetString() == "disciplinary").GetProperty("issues").EnumerateArray());
        HasKeys(issue, "line", "column", "code", "severity", "message");
        Assert.Equal((10, "Employee Number", "Warning"), (issue.GetProperty("line").GetInt32(), issue.GetProperty("column").GetString(), issue.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Write_FullWdesReport_UsesDisabilityKeysAndBands()
    {
        var root = Json(Reports.Full(EqualityStandard.Wdes));

        Assert.Equal("wdes", root.GetProperty("standard").GetString());
        HasKeys(root.GetProperty("workforce"), "headcount", "nonDisabled", "disabled", "unknown", "disabledPercent", "knownDisabledPercent", "declarationRate");
        Assert.Equal(WdesIds, root.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        foreach (var row in Indicator(root, "1").GetProperty("rows").EnumerateArray())
        {
            HasKeys(row, "nonDisabled", "disabled", "unknown", "total", "applicable", "nonDisabledPercent", "disabledPercent", "unknownPercent");
        }

        foreach (var id in new[] { "2", "3" })
        {
            var likelihood = Indicator(root, id);
            HasKeys(likelihood.GetProperty("nonDisabled"), "events", "base", "likelihood");
            HasKeys(likelihood.GetProperty("disabled"), "events", "base", "likelihood");
            Assert.Equal("AdverseToDisabled", likelihood.GetProperty("band").GetString());
        }

        HasKeys(Indicator(root, "4a(i)"), "nonDisabledPercent", "disabledPercent", "gapPercentagePoints", "nonDisabledRespondents", "disabledRespondents");
        HasKeys(Indicator(root, "10").GetProperty("voting"), "members", "nonDisabled", "disabled", "unknown", "disabledPercent", "differencePercentagePoints");
        var names = AllPropertyNames(root).ToHashSet();
        Assert.DoesNotContain("white", names);
        Assert.DoesNotContain("bme", names);
        Assert.DoesNotContain("bmePercent", names);
    }

    [Fact]
    public void Write_Percentages_AreUnroundedWithFullPrecision()
    {
        var text = Schemas.Json(Reports.Full());
        var root = Json(Reports.Full());

        var consultants = Indicator(root, "1").GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("segment").GetString() == "MedicalAndDental" && r.GetProperty("row").GetString() == "Consultants");
        Assert.Equal(100.0 / 3, consultants.GetProperty("bmePercent").GetDouble());
        Assert.Contains("33.333333333333336", text, StringComparison.Ordinal);
        Assert.Equal(8.0 / 3, Indicator(root, "2").GetProperty("relativeLikelihood").GetDouble());
        Assert.Contains("2.6666666666666665", text, StringComparison.Ordinal);
        Assert.Equal(100m / 3, Indicator(root, "6").GetProperty("whitePercent").GetDecimal());
    }

    [Fact]
    public void Write_UndefinedRatio_NullRatioAndIntervalButPValueGiven()
    {
        var appointment = Indicator(Json(Reports.UndefinedAppointment()), "2");

        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("relativeLikelihood").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("ci95").ValueKind);
        Assert.InRange(appointment.GetProperty("pValue").GetDouble(), 0.0, 1.0);
        Assert.Equal("Undefined", appointment.GetProperty("band").GetString());
        Assert.Equal("DenominatorLikelihoodIsZero", appointment.GetProperty("undefinedReason").GetString());
        Assert.Equal(0.0, appointment.GetProperty("bme").GetProperty("likelihood").GetDouble());
    }

    [Fact]
    public void Write_DefinedRatio_UndefinedReasonIsNull()
    {
        var appointment = Indicator(Json(Reports.Full()), "2");

        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("undefinedReason").ValueKind);
    }

    [Fact]
    public void Write_NothingSupplied_EveryIndicatorPresentAsNotProvided()
    {
        var root = Json(Reports.Empty());

        Assert.Equal(JsonValueKind.Null, root.GetProperty("workforce").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("organisation").ValueKind);
        var indicators = root.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(WresIds, indicators.Select(i => i.GetProperty("id").GetString()));
        Assert.All(indicators, i => Assert.Equal("NotProvided", i.GetProperty("status").GetString()));
        Assert.Empty(root.GetProperty("dataQuality").GetProperty("files").EnumerateArray());
    }

    [Fact]
    public void Write_Representation_EveryRowOfEverySegmentPresent()
    {
        var rows = Indicator(Json(Reports.Full()), "1").GetProperty("rows").EnumerateArray().ToList();

        var bands = Grade.BandRows.Select(g => g.ReportLabel).Append("All").ToList();
        var medical = Grade.MedicalRows.Select(g => g.ReportLabel).Append("All").ToList();
        var expected = bands.Select(b => ("NonClinical", b))
            .Concat(bands.Select(b => ("Clinical", b)))
            .Concat(medical.Select(m => ("MedicalAndDental", m)))
            .Append(("All", "All"))
            .ToList();
        Assert.Equal(expected, rows.Select(r => (r.GetProperty("segment").GetString()!, r.GetProperty("row").GetString()!)));

        var empty = rows.First(r => r.GetProperty("segment").GetString() == "NonClinical" && r.GetProperty("row").GetString() == "Under Band 1");
        Assert.False(empty.GetProperty("applicable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("whitePercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("bmePercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("unknownPercent").ValueKind);
        Assert.True(rows[^1].GetProperty("applicable").GetBoolean());
    }

    [Fact]
    public void Write_Publish_SuppressesSmallCountsRoundsOthersAndFiguresToThePagesPrecision()
    {
        var exact = Json(Reports.Full());
        var published = Json(Reports.Full(), new ReportWriterOptions { Publish = true });

        Assert.True(published.GetProperty("published").GetBoolean());
        var appointment = Indicator(published, "2");
        Assert.Equal(10, appointment.GetProperty("white").GetProperty("events").GetInt32());
        Suppressed(appointment.GetProperty("bme"), "events");
        Assert.False(appointment.GetProperty("white").TryGetProperty("eventsSuppressed", out _));
        // Likelihoods from the published counts (10 of 60, not 12 of 60); BME's needs a suppressed count, and so does the ratio.
        Assert.Equal(0.167m, appointment.GetProperty("white").GetProperty("likelihood").GetDecimal());
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("bme").GetProperty("likelihood").ValueKind);
        Assert.Equal(8.0 / 3, Indicator(exact, "2").GetProperty("relativeLikelihood").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("relativeLikelihood").ValueKind);
        Assert.True(appointment.GetProperty("relativeLikelihoodSuppressed").GetBoolean());
        Assert.Equal("not published: a count behind it is 7 or fewer", appointment.GetProperty("suppressedReason").GetString());
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("ci95").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("pValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("band").ValueKind);

        // A ratio with all four counts shown keeps the precision of the page, no more.
        var training = Indicator(published, "4");
        var ratio = Indicator(exact, "4").GetProperty("relativeLikelihood").GetDouble();
        Assert.NotEqual(Math.Round(ratio, 2), ratio);
        Assert.Equal(Math.Round((decimal)ratio, 2, MidpointRounding.AwayFromZero), training.GetProperty("relativeLikelihood").GetDecimal());
        Assert.False(training.TryGetProperty("relativeLikelihoodSuppressed", out _));

        // Shares from the published counts: 45 of 165, not 46 of 163.
        var workforce = published.GetProperty("workforce");
        Assert.Equal(165, workforce.GetProperty("headcount").GetInt32());
        Assert.Equal(45, workforce.GetProperty("bme").GetInt32());
        Assert.Equal(Math.Round(45m * 100 / 165, 1, MidpointRounding.AwayFromZero), workforce.GetProperty("bmePercent").GetDecimal());
        Assert.NotEqual(Math.Round(46m * 100 / 163, 1, MidpointRounding.AwayFromZero), workforce.GetProperty("bmePercent").GetDecimal());
        var recruitment = published.GetProperty("dataQuality").GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == "recruitment");
        Assert.Equal(105, recruitment.GetProperty("rowsRead").GetInt32());
        Assert.Equal(1, recruitment.GetProperty("rowsRejected").GetInt32());
        Assert.Equal(107, Json(Reports.Full()).GetProperty("dataQuality").GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == "recruitment").GetProperty("rowsRead").GetInt32());
    }

    [Fact]
    public void Write_PublishWithThresholdPolicy_ShowsLessThanAndExactCounts()
    {
        var options = new ReportWriterOptions { Publish = true, Disclosure = new DisclosureOptions { Policy = DisclosurePolicy.Threshold, Threshold = 5 } };

        var appointment = Indicator(Json(Reports.Full(), options), "2");

        Suppressed(appointment.GetProperty("bme"), "events");
        Assert.Equal(12, appointment.GetProperty("white").GetProperty("events").GetInt32());
    }

    [Fact]
    public void Write_OrganisationWithQuotesAndControlCharacters_StaysValidJson()
    {
        var root = Json(Reports.Full(organisation: "St \"Mary's\" \\ Trust\u0001\ud800"));

        Assert.Equal("St \"Mary's\" \\ Trust\ufffd\ufffd", root.GetProperty("organisation").GetString());
    }

    [Fact]
    public void Write_BmeLabelOption_KeepsBmeKeysAndReportsTheLabel()
    {
        var options = new WresOptions();
        options.Ethnicity.BmeLabel = "Global majority";

        var root = Json(Reports.Full(options: options));

        Assert.Equal("Global majority", root.GetProperty("groups").GetProperty("focus").GetString());
        HasKeys(Indicator(root, "2"), "bme");
        Assert.Equal("AdverseToBme", Indicator(root, "2").GetProperty("band").GetString());
    }

    [Fact]
    public void Write_CompareWith_WorkforceCarriesLastYearAndTheChange()
    {
        var root = Json(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous()));

        var workforce = root.GetProperty("workforce");
        var previous = workforce.GetProperty("previous");
        var change = workforce.GetProperty("change");
        HasKeys(previous, "headcount", "white", "bme", "unknown", "whitePercent", "bmePercent", "unknownPercent", "knownBmePercent", "declarationRate");
        HasKeys(change, "headcount", "white", "bme", "unknown", "whitePercent", "bmePercent", "unknownPercent", "knownBmePercent", "declarationRate");
        Assert.Equal(24.0, previous.GetProperty("bmePercent").GetDouble(), Tolerance);
        Assert.Equal(26.1, workforce.GetProperty("bmePercent").GetDouble(), Tolerance);
        Assert.Equal(2.1, change.GetProperty("bmePercent").GetDouble(), Tolerance);
        Assert.Equal(-2.1, change.GetProperty("whitePercent").GetDouble(), Tolerance);
        Assert.Equal((240, 21, -21, 0), (previous.GetProperty("bme").GetInt32(), change.GetProperty("bme").GetInt32(), change.GetProperty("white").GetInt32(), change.GetProperty("headcount").GetInt32()));
        var comparedWith = root.GetProperty("comparedWith");
        Assert.Equal("2024/25", comparedWith.GetProperty("year").GetString());
        Assert.Equal("2025-03-31", comparedWith.GetProperty("period").GetProperty("end").GetString());
        Assert.False(comparedWith.GetProperty("published").GetBoolean());
    }

    [Fact]
    public void Write_CompareWith_RelativeLikelihoodCarriesRatioChangeAndOverlap()
    {
        var root = Json(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous()));

        var appointment = Indicator(root, "2");
        var previous = appointment.GetProperty("previous");
        var change = appointment.GetProperty("change");
        Assert.Equal(1.5, appointment.GetProperty("relativeLikelihood").GetDouble(), Tolerance);
        Assert.Equal(1.2, previous.GetProperty("relativeLikelihood").GetDouble(), Tolerance);
        Assert.Equal(0.3, change.GetProperty("relativeLikelihood").GetDouble(), Tolerance);
        HasKeys(previous, "white", "bme", "unknown", "ci95", "pValue", "band", "smallNumbers", "rolling");
        Assert.InRange(previous.GetProperty("ci95").GetProperty("lower").GetDouble(), 0.70, 0.72);
        Assert.Equal("NonAdverse", previous.GetProperty("band").GetString());
        Assert.Equal((24, 100), (previous.GetProperty("white").GetProperty("events").GetInt32(), previous.GetProperty("white").GetProperty("base").GetInt32()));
        Assert.Equal((6, 0), (change.GetProperty("white").GetProperty("events").GetInt32(), change.GetProperty("white").GetProperty("base").GetInt32()));
        Assert.Equal(0.06, change.GetProperty("white").GetProperty("likelihood").GetDouble(), Tolerance);
        Assert.Equal(0.0, change.GetProperty("bme").GetProperty("likelihood").GetDouble(), Tolerance);
        Assert.True(appointment.GetProperty("intervalsOverlap").GetBoolean());
    }

    [Fact]
    public void Write_CompareWith_PooledDifferently_CountsAndIntervalsNotCompared()
    {
        var thisYear = Reports.Full();
        Assert.True(thisYear.FormalProcess.Rolling);
        var lastYearJson = YearPair.AsLastYearJson(thisYear);
        var singleYear = PreviousReport.Parse(lastYearJson
            .Replace("\"rolling\": true", "\"rolling\": false", StringComparison.Ordinal)
            .Replace("\"yearsPooled\": 2", "\"yearsPooled\": 1", StringComparison.Ordinal));

        var alike = Indicator(Json(thisYear, YearPair.ComparedWith(PreviousReport.Parse(lastYearJson))), "3");
        var unlike = Indicator(Json(thisYear, YearPair.ComparedWith(singleYear)), "3");

        Assert.True(alike.GetProperty("pooledAlike").GetBoolean());
        Assert.Equal(0, alike.GetProperty("change").GetProperty("white").GetProperty("base").GetInt32());
        Assert.Equal(JsonValueKind.True, alike.GetProperty("intervalsOverlap").ValueKind);
        Assert.False(unlike.GetProperty("pooledAlike").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unlike.GetProperty("change").GetProperty("white").GetProperty("base").ValueKind);
        Assert.Equal(JsonValueKind.Null, unlike.GetProperty("change").GetProperty("bme").GetProperty("events").ValueKind);
        Assert.Equal(JsonValueKind.Null, unlike.GetProperty("intervalsOverlap").ValueKind);
        Assert.Equal(0.0, unlike.GetProperty("change").GetProperty("relativeLikelihood").GetDouble(), Tolerance);
        var text = ReportWriter.ToString(thisYear, ReportFormat.Text, YearPair.ComparedWith(singleYear));
        Assert.Contains("last year's figure was pooled over one year and this year's over two years", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompareWithDistantRatios_IntervalsDoNotOverlap()
    {
        var thisYear = YearPair.Trust(Reports.Year, EqualityStandard.Wres, white: 739, bme: 261, whiteAppointed: 90, bmeAppointed: 10);

        var appointment = Indicator(Json(thisYear, YearPair.ComparedWith(YearPair.Previous())), "2");

        Assert.Equal(9.0 - 1.2, appointment.GetProperty("change").GetProperty("relativeLikelihood").GetDouble(), Tolerance);
        Assert.False(appointment.GetProperty("intervalsOverlap").GetBoolean());
    }

    [Fact]
    public void Write_CompareWithTheSameTrustLastYear_EveryRowAndIndicatorHasPreviousAndZeroChange()
    {
        var report = Reports.Full();
        var previous = PreviousReport.Parse(YearPair.AsLastYearJson(report));

        var root = Json(report, YearPair.ComparedWith(previous));

        Assert.Equal(0, root.GetProperty("workforce").GetProperty("change").GetProperty("headcount").GetInt32());
        var rows = Indicator(root, "1").GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(report.Representation.Rows.Count, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(row.GetProperty("bme").GetInt32(), row.GetProperty("previous").GetProperty("bme").GetInt32());
            Assert.Equal(0, row.GetProperty("change").GetProperty("total").GetInt32());
            HasKeys(row.GetProperty("change"), "white", "bme", "unknown", "total", "whitePercent", "bmePercent", "unknownPercent");
        }

        foreach (var id in new[] { "2", "3", "4" })
        {
            var likelihood = Indicator(root, id);
            Assert.Equal(0.0, likelihood.GetProperty("change").GetProperty("relativeLikelihood").GetDouble());
            Assert.True(likelihood.GetProperty("intervalsOverlap").GetBoolean());
        }

        foreach (var id in new[] { "5", "6", "7", "8" })
        {
            var survey = Indicator(root, id);
            Assert.Equal(survey.GetProperty("gapPercentagePoints").GetDecimal(), survey.GetProperty("previous").GetProperty("gapPercentagePoints").GetDecimal());
            Assert.Equal(0m, survey.GetProperty("change").GetProperty("bmePercent").GetDecimal());
        }

        foreach (var subset in new[] { "total", "voting", "executive" })
        {
            var members = Indicator(root, "9").GetProperty(subset);
            HasKeys(members.GetProperty("previous"), "members", "white", "bme", "unknown", "bmePercent", "differencePercentagePoints");
            Assert.Equal(0.0, members.GetProperty("change").GetProperty("bmePercent").GetDouble());
        }
    }

    [Fact]
    public void Write_CompareWith_SurveyAndBoardChangesAreThisYearMinusLastYear()
    {
        var report = Reports.Full();
        var lastYear = System.Text.Json.Nodes.JsonNode.Parse(YearPair.AsLastYearJson(report))!;
        var indicators = lastYear["indicators"]!.AsArray();
        var survey = indicators.Single(i => (string?)i!["id"] == "7")!;
        survey["bmePercent"] = (decimal)survey["bmePercent"]! - 5m;
        survey["gapPercentagePoints"] = (decimal)survey["gapPercentagePoints"]! + 2m;
        var board = indicators.Single(i => (string?)i!["id"] == "9")!["total"]!;
        board["bmePercent"] = (double)board["bmePercent"]! + 10.0;
        var previous = PreviousReport.Parse(lastYear.ToJsonString());

        var root = Json(report, YearPair.ComparedWith(previous));

        var change = Indicator(root, "7").GetProperty("change");
        Assert.Equal(5m, change.GetProperty("bmePercent").GetDecimal());
        Assert.Equal(-2m, change.GetProperty("gapPercentagePoints").GetDecimal());
        Assert.Equal(-10.0, Indicator(root, "9").GetProperty("total").GetProperty("change").GetProperty("bmePercent").GetDouble(), Tolerance);
    }

    [Fact]
    public void Write_CompareWithLastYearWithoutInputs_PreviousAndChangeAreNull()
    {
        var previous = PreviousReport.Parse(YearPair.AsLastYearJson(Reports.Empty()));

        var root = Json(Reports.Full(), YearPair.ComparedWith(previous));

        Assert.Equal(JsonValueKind.Null, root.GetProperty("workforce").GetProperty("previous").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("workforce").GetProperty("change").ValueKind);
        Assert.All(Indicator(root, "1").GetProperty("rows").EnumerateArray(), row => Assert.Equal(JsonValueKind.Null, row.GetProperty("previous").ValueKind));
        var appointment = Indicator(root, "2");
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("previous").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("change").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("intervalsOverlap").ValueKind);
        Assert.Equal(JsonValueKind.Null, Indicator(root, "5").GetProperty("change").ValueKind);
        Assert.Equal(JsonValueKind.Null, Indicator(root, "9").GetProperty("voting").GetProperty("previous").ValueKind);
    }

    [Fact]
    public void Write_CompareWithLastYearsUndefinedRatio_RatioChangeAndOverlapNull()
    {
        var previous = PreviousReport.Parse(YearPair.AsLastYearJson(Reports.UndefinedAppointment()));

        var appointment = Indicator(Json(Reports.Full(), YearPair.ComparedWith(previous)), "2");

        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("change").GetProperty("relativeLikelihood").ValueKind);
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("intervalsOverlap").ValueKind);
        Assert.Equal(-0.1, appointment.GetProperty("change").GetProperty("white").GetProperty("likelihood").GetDouble(), Tolerance);
    }

    [Fact]
    public void Write_CompareWithAndPublish_LastYearsCountsDisclosedAndChangedFromDisclosedCounts()
    {
        var options = new ReportWriterOptions { Publish = true, CompareWith = YearPair.Previous() };

        var workforce = Json(YearPair.ThisYearReport(), options).GetProperty("workforce");

        Assert.Equal(260, workforce.GetProperty("bme").GetInt32());
        Assert.Equal(240, workforce.GetProperty("previous").GetProperty("bme").GetInt32());
        Assert.Equal(20, workforce.GetProperty("change").GetProperty("bme").GetInt32());
        // The shares and their change come from the published counts of both years.
        var now = workforce.GetProperty("bme").GetInt32() * 100.0 / workforce.GetProperty("headcount").GetInt32();
        var then = workforce.GetProperty("previous").GetProperty("bme").GetInt32() * 100.0 / workforce.GetProperty("previous").GetProperty("headcount").GetInt32();
        Assert.Equal((decimal)Math.Round(now, 1, MidpointRounding.AwayFromZero), workforce.GetProperty("bmePercent").GetDecimal());
        Assert.Equal((decimal)Math.Round(then, 1, MidpointRounding.AwayFromZero), workforce.GetProperty("previous").GetProperty("bmePercent").GetDecimal());
        Assert.Equal(Math.Round(now - then, 1, MidpointRounding.AwayFromZero), workforce.GetProperty("change").GetProperty("bmePercent").GetDouble(), Tolerance);
    }

    [Fact]
    public void Write_CompareWithPublishedReport_SuppressedCountsGiveNullChanges()
    {
        var previous = PreviousReport.Parse(YearPair.AsLastYearJson(Reports.Full()).Replace("\"published\": false", "\"published\": true", StringComparison.Ordinal)
            .Replace("\"events\": 3,", "\"events\": \"*\",", StringComparison.Ordinal));

        var root = Json(Reports.Full(), YearPair.ComparedWith(previous));

        var bme = Indicator(root, "2").GetProperty("change").GetProperty("bme");
        Assert.Equal(JsonValueKind.Null, bme.GetProperty("events").ValueKind);
        Assert.Equal(0, bme.GetProperty("base").GetInt32());
        Assert.True(root.GetProperty("comparedWith").GetProperty("published").GetBoolean());
    }

    [Fact]
    public void Write_CompareWithRatioTheOtherWayUp_LastYearsRatioInverted()
    {
        var json = Schemas.Json(YearPair.LastYearReport()).Replace("\"WhiteOverBme\"", "\"BmeOverWhite\"", StringComparison.Ordinal);

        var appointment = Indicator(Json(YearPair.ThisYearReport(), YearPair.ComparedWith(PreviousReport.Parse(json))), "2");

        Assert.Equal(1 / 1.2, appointment.GetProperty("previous").GetProperty("relativeLikelihood").GetDouble(), Tolerance);
        Assert.True(appointment.GetProperty("previous").GetProperty("ci95").GetProperty("upper").GetDouble() < 1.5);
    }

    [Fact]
    public void Write_CompareWithWdes_UsesDisabilityKeys()
    {
        var root = Json(YearPair.ThisYearReport(EqualityStandard.Wdes), YearPair.ComparedWith(YearPair.Previous(EqualityStandard.Wdes)));

        Assert.Equal(2.1, root.GetProperty("workforce").GetProperty("change").GetProperty("disabledPercent").GetDouble(), Tolerance);
        Assert.Equal(0.3, Indicator(root, "2").GetProperty("change").GetProperty("relativeLikelihood").GetDouble(), Tolerance);
        HasKeys(Indicator(root, "2").GetProperty("previous"), "nonDisabled", "disabled");
    }

    [Fact]
    public void Write_WithoutCompareWith_HasNoComparisonFields()
    {
        var names = AllPropertyNames(Json(Reports.Full())).ToHashSet();

        Assert.DoesNotContain("comparedWith", names);
        Assert.DoesNotContain("previous", names);
        Assert.DoesNotContain("change", names);
        Assert.DoesNotContain("intervalsOverlap", names);
    }

    private static JsonElement RollUpJson(RollUpReport rollUp, ReportWriterOptions? options = null)
    {
        using var document = JsonDocument.Parse(Schemas.Json(rollUp, options));
        return document.RootElement.Clone();
    }

    private static JsonElement Organisation(JsonElement root, string code) =>
        root.GetProperty("organisations").EnumerateArray().Single(o => o.GetProperty("organisation").GetString() == code);

    [Fact]
    public void WriteRollUp_TopLevel_IsTheCombinedReportAsWrittenAloneFollowedByOrganisations()
    {
        var rollUp = RollUps.Two();

        var root = JsonNode.Parse(Schemas.Json(rollUp))!.AsObject();

        Assert.Equal("organisations", root.Last().Key);
        Assert.True(root.Remove("organisations"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Schemas.Json(rollUp.Combined)), root));
        Assert.Equal("wres-report/1", (string?)root["schema"]);
        Assert.Equal(RollUps.Name, (string?)root["organisation"]);
        Assert.Equal(163 + RollUps.SmallWhite + RollUps.SmallBme, (int?)root["workforce"]!["headcount"]);
    }

    [Fact]
    public void WriteRollUp_WithoutName_CombinedOrganisationIsNull()
    {
        var root = RollUpJson(RollUps.Two(name: null));

        Assert.Equal(JsonValueKind.Null, root.GetProperty("organisation").ValueKind);
    }

    [Fact]
    public void WriteRollUp_Organisations_AreFullReportsInCodeOrderEachAsWrittenAlone()
    {
        var rollUp = RollUps.Two();

        var organisations = JsonNode.Parse(Schemas.Json(rollUp))!["organisations"]!.AsArray();

        Assert.Equal(["RXX01", "RXX02"], organisations.Select(o => (string?)o!["organisation"]));
        for (var i = 0; i < organisations.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Schemas.Json(rollUp.Organisations[i])), organisations[i]), $"organisation {i} differs from its report written alone");
        }

        var small = Organisation(RollUpJson(rollUp), "RXX01");
        HasKeys(small, "schema", "organisation", "period", "standard", "workforce", "indicators", "dataQuality");
        Assert.Equal(WresIds, small.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal((5, 3, 2), (small.GetProperty("workforce").GetProperty("headcount").GetInt32(), small.GetProperty("workforce").GetProperty("white").GetInt32(), small.GetProperty("workforce").GetProperty("bme").GetInt32()));
        Assert.Equal("NotProvided", Indicator(small, "9").GetProperty("status").GetString());
        Assert.Equal(8.0 / 3, Indicator(Organisation(RollUpJson(rollUp), "RXX02"), "2").GetProperty("relativeLikelihood").GetDouble(), Tolerance);
        Assert.False(small.TryGetProperty("organisations", out _));
    }

    [Fact]
    public void Write_SingleReport_HasNoOrganisationsKey()
    {
        var names = AllPropertyNames(Json(Reports.Full())).ToHashSet();

        Assert.DoesNotContain("organisations", names);
    }

    [Fact]
    public void WriteRollUp_Wdes_EveryReportUsesDisabilityKeys()
    {
        var root = RollUpJson(RollUps.Two(EqualityStandard.Wdes));

        Assert.Equal("wdes", root.GetProperty("standard").GetString());
        Assert.All(root.GetProperty("organisations").EnumerateArray(), organisation =>
        {
            Assert.Equal("wdes", organisation.GetProperty("standard").GetString());
            HasKeys(organisation.GetProperty("workforce"), "nonDisabled", "disabled", "disabledPercent");
        });
        Assert.Equal(WdesIds, Organisation(root, "RXX02").GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public void WriteRollUp_Publish_AppliesDisclosureControlToEveryOrganisation()
    {
        var root = RollUpJson(RollUps.Two(), new ReportWriterOptions { Publish = true });

        Assert.True(root.GetProperty("published").GetBoolean());
        Assert.Equal(170, root.GetProperty("workforce").GetProperty("headcount").GetInt32());
        var small = Organisation(root, "RXX01");
        Assert.True(small.GetProperty("published").GetBoolean());
        Suppressed(small.GetProperty("workforce"), "white");
        Suppressed(small.GetProperty("workforce"), "bme");
        Suppressed(small.GetProperty("workforce"), "headcount");
        Assert.Equal(JsonValueKind.Null, small.GetProperty("workforce").GetProperty("bmePercent").ValueKind);
        var large = Organisation(root, "RXX02");
        Assert.Equal(165, large.GetProperty("workforce").GetProperty("headcount").GetInt32());
        Suppressed(Indicator(large, "2").GetProperty("bme"), "events");
    }

    [Fact]
    public void WriteRollUp_DataQualityOnly_EveryReportIsDataQualityOnly()
    {
        var root = RollUpJson(RollUps.Two(), new ReportWriterOptions { DataQualityOnly = true });

        Assert.Equal("wres-data-quality/1", root.GetProperty("schema").GetString());
        Assert.DoesNotContain("indicators", AllPropertyNames(root));
        Assert.DoesNotContain("workforce", AllPropertyNames(root));
        var organisations = root.GetProperty("organisations").EnumerateArray().ToList();
        Assert.Equal(2, organisations.Count);
        Assert.All(organisations, o => Assert.Equal("wres-data-quality/1", o.GetProperty("schema").GetString()));
        var staff = Organisation(root, "RXX01").GetProperty("dataQuality").GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == "staff");
        Assert.Equal(5, staff.GetProperty("rowsCounted").GetInt32());
    }

    [Fact]
    public void WriteRollUp_CompareWithLastYearsRollUp_ComparesEachOrganisationWithItsOwnCode()
    {
        var root = RollUpJson(RollUps.Two(), new ReportWriterOptions { CompareWith = RollUps.LastYear() });

        Assert.Equal("2024/25", root.GetProperty("comparedWith").GetProperty("year").GetString());
        Assert.Equal(RollUps.SmallWhite - 1 + RollUps.SmallBme, root.GetProperty("workforce").GetProperty("previous").GetProperty("headcount").GetInt32());
        var small = Organisation(root, "RXX01");
        Assert.Equal("RXX01", small.GetProperty("comparedWith").GetProperty("organisation").GetString());
        Assert.Equal(4, small.GetProperty("workforce").GetProperty("previous").GetProperty("headcount").GetInt32());
        Assert.Equal(1, small.GetProperty("workforce").GetProperty("change").GetProperty("headcount").GetInt32());
        Assert.Equal(1, small.GetProperty("workforce").GetProperty("change").GetProperty("white").GetInt32());
        var large = Organisation(root, "RXX02");
        var names = AllPropertyNames(large).ToHashSet();
        Assert.DoesNotContain("comparedWith", names);
        Assert.DoesNotContain("previous", names);
        Assert.DoesNotContain("change", names);
    }

    [Fact]
    public void WriteRollUp_CompareWithSingleReport_ComparesTheCombinedReportOnly()
    {
        var previous = PreviousReport.Parse(YearPair.AsLastYearJson(RollUps.Two().Combined));

        var root = RollUpJson(RollUps.Two(), new ReportWriterOptions { CompareWith = previous });

        Assert.Equal(0, root.GetProperty("workforce").GetProperty("change").GetProperty("headcount").GetInt32());
        Assert.All(root.GetProperty("organisations").EnumerateArray(), o => Assert.False(o.TryGetProperty("comparedWith", out _)));
    }

    [Property(MaxTest = 40)]
    public Property WriteRollUp_AnySplitOfPeople_ListsEachCodeOnceInOrderAndHeadcountsAddUp()
    {
        var splits = Gen.ArrayOf(Gen.Choose(0, 4)).Where(a => a.Length > 0).ToArbitrary();
        return Prop.ForAll(splits, split =>
        {
            var rollUp = new WresCalculator().CreateRollUp(Reports.Year);
            for (var person = 0; person < split.Length; person++)
            {
                rollUp.For(string.Create(CultureInfo.InvariantCulture, $"ORG{split[person]}")).AddStaff(
                [
                    new StaffAssignment
                    {
                        EmployeeNumber = string.Create(CultureInfo.InvariantCulture, $"P{person}"),
                        EthnicOrigin = person % 3 == 0 ? EthnicCategory.AsianIndian : EthnicCategory.WhiteBritish,
                        StaffGroup = StaffGroup.AdministrativeAndClerical,
                        Grade = Grade.Band3,
                        Fte = 1.0m,
                    },
                ]);
            }

            var root = RollUpJson(rollUp.ToReport());
            var organisations = root.GetProperty("organisations").EnumerateArray().ToList();
            var codes = organisations.Select(o => o.GetProperty("organisation").GetString()!).ToList();
            var expected = split.Distinct().Order().Select(i => string.Create(CultureInfo.InvariantCulture, $"ORG{i}")).ToList();
            var headcounts = organisations.Select(o => o.GetProperty("workforce").GetProperty("headcount").GetInt32()).ToList();
            var each = expected.Select(code => split.Count(i => string.Create(CultureInfo.InvariantCulture, $"ORG{i}") == code)).ToList();
            return codes.SequenceEqual(expected)
                && headcounts.SequenceEqual(each)
                && headcounts.Sum() == root.GetProperty("workforce").GetProperty("headcount").GetInt32()
                && headcounts.Sum() == split.Length;
        });
    }
}
