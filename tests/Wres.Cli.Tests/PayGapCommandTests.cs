using System.Text.Json;

namespace Wres.Cli.Tests;

/// <summary><c>wres paygap</c> end to end: the sample, your own files, a bad pay file, the formats and options.</summary>
public sealed class PayGapCommandTests : IDisposable
{
    private const string PayHeader = "Employee Number,Full Pay,Hourly Rate,Sex,Organisation";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonElement Json(CliRun run) => JsonDocument.Parse(run.Output).RootElement;

    private static JsonElement Gap(JsonElement report, string characteristic) =>
        report.GetProperty("payGaps").EnumerateArray().Single(g => g.GetProperty("characteristic").GetString() == characteristic);

    /// <summary>Ten men at 20 an hour and ten women at 15 (a 25% gap), in organisation RXA; and <paramref name="extra"/> rows.</summary>
    private string Pay(params string[] extra)
    {
        var rows = Enumerable.Range(1, 10).Select(i => $"M{i},Yes,20,Male,RXA")
            .Concat(Enumerable.Range(1, 10).Select(i => $"F{i},Yes,15,Female,RXA"))
            .Concat(extra);
        return _folder.File("pay.csv", PayHeader + "\n" + string.Join("\n", rows) + "\n");
    }

    [Fact]
    public void PayGap_Sample_WritesEveryCharacteristicAndExitsOneForTheDeliberateBadRow()
    {
        var run = CliRun.Of("paygap", "--sample", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pay.csv line 11, column Ordinary Pay, WRES117", run.RejectionSummary, StringComparison.Ordinal);
        var json = Json(run);
        Assert.Equal("wres-report/1", json.GetProperty("schema").GetString());
        Assert.Equal("2026-03-31", json.GetProperty("snapshot").GetString());
        Assert.Equal(["sex", "ethnicity", "disability"], json.GetProperty("payGaps").EnumerateArray().Select(g => g.GetProperty("characteristic").GetString()));
        var file = json.GetProperty("dataQuality").GetProperty("files")[0];
        Assert.True(file.GetProperty("reconciles").GetBoolean());
        Assert.Equal(1, file.GetProperty("rowsRejected").GetInt32());
    }

    [Fact]
    public void PayGap_OwnFile_GivesTheGapAndExitsZero()
    {
        var run = CliRun.Of("paygap", "--pay", Pay(), "--snapshot", "2026-03-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var sex = Gap(Json(run), "sex");
        Assert.Equal(25.0, sex.GetProperty("meanHourlyGap").GetDouble(), 9);
        Assert.Equal(25.0, sex.GetProperty("medianHourlyGap").GetDouble(), 9);
        Assert.Equal(10, sex.GetProperty("fullPayRelevant").GetProperty("focus").GetInt32());
    }

    [Fact]
    public void PayGap_RejectedRow_ExitsOneNamingItsLineAndColumn()
    {
        var run = CliRun.Of("paygap", "--pay", Pay("X1,Yes,lots,Male,RXA"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 22, column Hourly Rate, WRES104", run.RejectionSummary, StringComparison.Ordinal);
        Assert.DoesNotContain("X1", run.Error, StringComparison.Ordinal); // never a row's content beyond one cell
    }

    [Fact]
    public void PayGap_MissingRequiredColumn_ExitsTwoWithOneLine()
    {
        var path = _folder.File("pay.csv", "Employee Number,Hourly Rate\n1,20\n");

        var run = CliRun.Of("paygap", "--pay", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("Full Pay", run.Error, StringComparison.Ordinal);
        Assert.Contains("[WRES003]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PayGap_NoPayFile_ExitsTwo()
    {
        var run = CliRun.Of("paygap", "--staff", _folder.File("staff.csv", "x\n"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--pay", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PayGap_SampleWithOwnFile_ExitsTwo() => Assert.Equal(2, CliRun.Of("paygap", "--sample", "--pay", Pay()).ExitCode);

    [Theory]
    [InlineData("text", "Mean hourly pay")]
    [InlineData("markdown", "| Mean hourly pay |")]
    [InlineData("html", "<svg")]
    [InlineData("csv", "RXA,sex,Male,Female,meanHourlyGap,,25,")]
    public void PayGap_EachFormat_WritesTheGap(string format, string expected)
    {
        var run = CliRun.Of("paygap", "--pay", Pay(), "--format", format, "--by-organisation");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PayGap_Publish_SuppressesSmallCountsWithNothingRecoverable()
    {
        var run = CliRun.Of("paygap", "--pay", Pay("U1,Yes,18,,RXA", "U2,Yes,18,,RXA"), "--format", "json", "--publish");

        var sex = Gap(Json(run), "sex");
        var relevant = sex.GetProperty("relevant");
        Assert.Equal(JsonValueKind.Null, relevant.GetProperty("unknown").ValueKind);
        Assert.True(relevant.GetProperty("unknownSuppressed").GetBoolean());
        Assert.True(Json(run).GetProperty("published").GetBoolean());
        Assert.DoesNotMatch("\"unknown\": 2\\b", run.Output);
        Assert.Equal(20, Json(run).GetProperty("relevantEmployees").GetInt32()); // 22 rounded: 22 - 10 - 10 would give the 2 away
        Assert.Equal(JsonValueKind.Null, sex.GetProperty("undisclosedPercent").ValueKind);
    }

    [Fact]
    public void PayGap_ByOrganisation_ReportsEachAndTheCombined()
    {
        var run = CliRun.Of("paygap", "--pay", Pay(Enumerable.Range(1, 10).Select(i => $"B{i},Yes,10,Female,RXB").ToArray()), "--format", "json", "--by-organisation");

        var json = Json(run);
        var organisations = json.GetProperty("organisations").EnumerateArray().ToList();
        Assert.Equal(["RXA", "RXB"], organisations.Select(o => o.GetProperty("organisation").GetString()));
        Assert.Equal(30, json.GetProperty("relevantEmployees").GetInt32());
        // Combined: men 20, women 15 and 10 (mean 12.5): (20 - 12.5) / 20 = 37.5%.
        Assert.Equal(37.5, Gap(json, "sex").GetProperty("meanHourlyGap").GetDouble(), 9);
    }

    [Fact]
    public void PayGap_CompareWithLastYear_ShowsPreviousAndChange()
    {
        var lastYear = _folder.Combine("paygap-2025.json");
        var lastPay = _folder.File("last.csv", PayHeader + "\n" + string.Join("\n", Enumerable.Range(1, 10).Select(i => $"M{i},Yes,20,Male,").Concat(Enumerable.Range(1, 10).Select(i => $"F{i},Yes,16,Female,"))) + "\n");
        Assert.Equal(0, CliRun.Of("paygap", "--pay", lastPay, "--snapshot", "2025-03-31", "--format", "json", "--output", lastYear).ExitCode);

        var run = CliRun.Of("paygap", "--pay", Pay(), "--compare-with", lastYear, "--format", "json");

        var sex = Gap(Json(run), "sex");
        Assert.Equal(20.0, sex.GetProperty("previous").GetProperty("meanHourlyGap").GetDouble(), 9);
        Assert.Equal(5.0, sex.GetProperty("change").GetProperty("meanHourlyGap").GetDouble(), 9);
    }

    [Fact]
    public void PayGap_CompareWithAWresReport_ExitsTwo()
    {
        var wres = _folder.Combine("wres.json");
        CliRun.Of("report", "--sample", "--format", "json", "--output", wres);

        var run = CliRun.Of("paygap", "--pay", Pay(), "--compare-with", wres);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a pay gap report", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithPay_AddsThePayGapsSectionToTheJson()
    {
        var staff = _folder.File("staff.csv", "Employee Number,Ethnic Origin,Staff Group,Pay Band\nM1,A,03,Band 5\nF1,N,03,Band 5\n");

        var run = CliRun.Of("report", "--staff", staff, "--pay", Pay(), "--year-end", "2026-03-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = Json(run);
        Assert.Equal("wres", json.GetProperty("standard").GetString());
        Assert.Equal(25.0, Gap(json, "sex").GetProperty("meanHourlyGap").GetDouble(), 9);
        Assert.Equal(1, Gap(json, "ethnicity").GetProperty("relevant").GetProperty("reference").GetInt32()); // M1 is White in the staff file
    }

    [Fact]
    public void Report_WithPayAsText_EndsWithThePayGapsSection()
    {
        var staff = _folder.File("staff.csv", "Employee Number,Ethnic Origin,Staff Group,Pay Band\nM1,A,03,Band 5\n");

        var run = CliRun.Of("report", "--staff", staff, "--pay", Pay("X1,Yes,-4,Male,RXA"), "--year-end", "2026-03-31");

        Assert.Equal(1, run.ExitCode); // the pay file's rejected row counts
        Assert.Contains("Pay gaps\n--------", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("line 22, column Hourly Rate, WRES117", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithPayAndSample_ExitsTwo() => Assert.Equal(2, CliRun.Of("report", "--sample", "--pay", Pay()).ExitCode);
}
