using System.Text.Json;

namespace Wres.Cli.Tests;

/// <summary>Issue 11 through the tool: people to parity and the Model Employer trajectory in JSON and CSV, <c>--detail</c>, <c>--target-year</c>.</summary>
public sealed class DetailAndParityTests : IDisposable
{
    private const string StaffHeader = "Employee Number,Assignment Number,Ethnic Origin,Staff Group,Pay Band,Primary Assignment,Assignment Category,FTE";
    private static readonly string[] DetailKeys = ["WhiteBritish", "WhiteIrish", "WhiteOther", "Mixed", "Asian", "Black", "Chinese", "Other", "Unknown"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonElement Json(CliRun run) => JsonDocument.Parse(run.Output).RootElement;

    private static JsonElement Indicator(JsonElement report, string id) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static IEnumerable<JsonElement> Rows(JsonElement report) => Indicator(report, "1").GetProperty("rows").EnumerateArray();

    [Fact]
    public void Report_SampleAsJson_HasPeopleToParityAndTheModelEmployerTrajectory()
    {
        var json = Json(CliRun.Of("report", "--sample", "--year-end", "2026-03-31", "--format", "json"));

        Assert.All(Rows(json), row => Assert.Equal(
            row.GetProperty("total").GetInt32() == 0 ? JsonValueKind.Null : JsonValueKind.Number,
            row.GetProperty("bmeToParity").ValueKind));
        foreach (var id in new[] { "2", "3", "4" })
        {
            Assert.Equal(JsonValueKind.Number, Indicator(json, id).GetProperty("toParity").ValueKind);
            Assert.Equal(JsonValueKind.Number, Indicator(json, id).GetProperty("toBand").ValueKind);
        }

        // As the text says: 12 or fewer of the 1530 BME staff instead of 18 (6 fewer); 15 or fewer within the band (3 fewer).
        Assert.Equal((6, 3), (Indicator(json, "3").GetProperty("toParity").GetInt32(), Indicator(json, "3").GetProperty("toBand").GetInt32()));

        // Band 8a: 110 people, 23 BME; target ceil(770 × 110 / 2950) = 29; 2026/27 26, 2027/28 29; gap +3.
        var model = json.GetProperty("modelEmployer");
        Assert.Equal((2028, "2025/26"), (model.GetProperty("targetYear").GetInt32(), model.GetProperty("baselineYear").GetString()));
        var band8a = model.GetProperty("bands")[0];
        Assert.Equal(("Band 8a", 110, 23, 29, 3), (band8a.GetProperty("band").GetString(), band8a.GetProperty("headcount").GetInt32(), band8a.GetProperty("bme").GetInt32(), band8a.GetProperty("target").GetInt32(), band8a.GetProperty("gap").GetInt32()));
        Assert.Equal([26, 29], band8a.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("bme").GetInt32()));
        Assert.False(json.GetProperty("workforce").TryGetProperty("detail", out _));
        Assert.All(Rows(json), row => Assert.False(row.TryGetProperty("detail", out _)));
    }

    [Fact]
    public void Report_TargetYear2030_MovesTheMilestonesNotTheTargets()
    {
        var by2028 = Json(CliRun.Of("report", "--sample", "--year-end", "2026-03-31", "--format", "json")).GetProperty("modelEmployer");
        var by2030 = Json(CliRun.Of("report", "--sample", "--year-end", "2026-03-31", "--format", "json", "--target-year", "2030")).GetProperty("modelEmployer");

        Assert.Equal(2030, by2030.GetProperty("targetYear").GetInt32());
        var band8a = by2030.GetProperty("bands")[0];
        Assert.Equal(["2026/27", "2027/28", "2028/29", "2029/30"], band8a.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("year").GetString()));

        // 23 to 29 over four years: 23 + ceil(6k / 4) = 25, 26, 28, 29; the gap is next year's 25 − 23 = +2.
        Assert.Equal([25, 26, 28, 29], band8a.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("bme").GetInt32()));
        Assert.Equal((29, 2), (band8a.GetProperty("target").GetInt32(), band8a.GetProperty("gap").GetInt32()));
        Assert.Equal(by2028.GetProperty("bands")[0].GetProperty("target").GetInt32(), band8a.GetProperty("target").GetInt32());
    }

    [Fact]
    public void Report_SampleWithDetail_EveryRowAndTheWorkforceSplitIntoTheDetailedGroups()
    {
        var json = Json(CliRun.Of("report", "--sample", "--format", "json", "--detail"));

        foreach (var element in Rows(json).Append(json.GetProperty("workforce")))
        {
            var detail = element.GetProperty("detail");
            Assert.Equal(DetailKeys, detail.EnumerateObject().Select(p => p.Name));
            int Sum(string[] keys) => keys.Sum(k => detail.GetProperty(k).GetInt32());
            Assert.Equal(element.GetProperty("white").GetInt32(), Sum(DetailKeys[..3]));
            Assert.Equal(element.GetProperty("bme").GetInt32(), Sum(DetailKeys[3..8]));
            Assert.Equal(element.GetProperty("unknown").GetInt32(), Sum(DetailKeys[8..]));
        }

        Assert.True(json.GetProperty("workforce").GetProperty("detail").GetProperty("Chinese").GetInt32() > 0);
    }

    [Fact]
    public void Report_DetailFromAStaffFile_CountsEachPersonInTheGroupOfTheirCode()
    {
        // One person per value: national codes, extended codes (C2, CN, GF, LK, PC, SB), a label, lower case, not stated,
        // not known, blank.
        string[] values = ["A", "B", "C2", "CN", "White - Any other White background", "D", "GF", "H", "lk", "N", "PC", "R", "S", "SB", "Z", "99", ""];
        var staff = _folder.File("staff.csv", StaffHeader + "\n" + string.Join("\n", values.Select((value, i) => $"{i},{i}-1,{value},03,Band 5,Yes,Permanent,1.0")) + "\n");

        var json = Json(CliRun.Of("report", "--staff", staff, "--format", "json", "--detail"));
        var csv = CliRun.Of("report", "--staff", staff, "--format", "csv", "--detail").Output;

        var band5 = Rows(json).Single(r => r.GetProperty("segment").GetString() == "Clinical" && r.GetProperty("row").GetString() == "Band 5").GetProperty("detail");
        int[] expected = [1, 1, 3, 2, 2, 2, 1, 2, 3];
        Assert.Equal(expected, DetailKeys.Select(k => band5.GetProperty(k).GetInt32()));
        Assert.Equal(expected, DetailKeys.Select(k => json.GetProperty("workforce").GetProperty("detail").GetProperty(k).GetInt32()));
        foreach (var (key, count) in DetailKeys.Zip(expected))
        {
            Assert.Contains($"1,Clinical,Band 5,Detail,,,,{count},,,,{key}\r\n", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_DetailAsText_ATablePerSegment()
    {
        var text = CliRun.Of("report", "--sample", "--detail").Output;

        Assert.Contains("Indicator 1 by detailed ethnic group", text, StringComparison.Ordinal);
        foreach (var segment in new[] { "non-clinical staff", "clinical staff", "medical and dental staff", "whole workforce" })
        {
            Assert.Contains($"Indicator 1, {segment}: people by detailed ethnic group:", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("by detailed ethnic group", CliRun.Of("report", "--sample").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PublishWithDetail_EveryHiddenNumberIsNullBesideItsFlag()
    {
        var run = CliRun.Of("report", "--sample", "--format", "json", "--detail", "--publish");
        var json = Json(run);

        Assert.DoesNotContain("\"*\"", run.Output, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("modelEmployer").ValueKind);
        Assert.True(json.GetProperty("modelEmployerSuppressed").GetBoolean());
        var hidden = 0;
        foreach (var row in Rows(json))
        {
            var detail = row.GetProperty("detail");
            foreach (var key in DetailKeys)
            {
                if (detail.GetProperty(key).ValueKind == JsonValueKind.Null)
                {
                    Assert.True(detail.GetProperty(key + "Suppressed").GetBoolean());
                    hidden++;
                }
                else
                {
                    Assert.Equal(0, detail.GetProperty(key).GetInt32() % 5);
                }
            }

            var anyHidden = new[] { "white", "bme", "unknown", "total" }.Any(k => row.GetProperty(k).ValueKind == JsonValueKind.Null);
            Assert.Equal(anyHidden, row.TryGetProperty("bmeToParitySuppressed", out _));
        }

        Assert.True(hidden > 0);
    }

    [Fact]
    public void Report_CompareWithLastYearsReportWithTheNewFields_ReadsItAndStartsTheTrajectoryFromIt()
    {
        var lastYear = _folder.Combine("wres-2024-25.json");
        CliRun.Of("report", "--sample", "--year-end", "2025-03-31", "--format", "json", "--detail", "--output", lastYear);
        Assert.Contains("\"bmeToParity\"", File.ReadAllText(lastYear), StringComparison.Ordinal);

        var run = CliRun.Of("report", "--sample", "--year-end", "2026-03-31", "--compare-with", lastYear, "--format", "json", "--detail");

        Assert.NotNull(run.RejectionSummary);
        var json = Json(run);
        Assert.Equal("2024/25", json.GetProperty("comparedWith").GetProperty("year").GetString());
        Assert.Equal("2024/25", json.GetProperty("modelEmployer").GetProperty("baselineYear").GetString());
        Assert.Equal(3, json.GetProperty("modelEmployer").GetProperty("bands")[0].GetProperty("milestones").GetArrayLength());
    }

    [Fact]
    public void Report_SmallOrganisationsPublishedWithDetail_HoldBackLittleMore()
    {
        // Ten organisations of about 200 staff: many detailed groups of 1 to 7 whose totals are small too. Protecting them
        // must withhold a few counts more, never the whole report (as it once did: every count of every organisation).
        var folder = _folder.Combine("small");
        Assert.Equal(0, CliRun.Of("sample", "--output", folder, "--organisations", "10", "--staff-count", "2000").ExitCode);
        string[] files = ["--staff", Path.Combine(folder, "staff.csv"), "--recruitment", Path.Combine(folder, "recruitment.csv"), "--training", Path.Combine(folder, "training.csv")];

        int Withheld(params string[] options)
        {
            var json = Json(CliRun.Of(["report", "--by-organisation", .. files, "--year-end", "2026-03-31", "--format", "json", "--publish", .. options]));
            return json.GetProperty("organisations").EnumerateArray().Prepend(json)
                .SelectMany(Rows)
                .Sum(row => new[] { "white", "bme", "unknown", "total" }.Count(key => row.TryGetProperty(key + "Withheld", out _)));
        }

        var without = Withheld();
        var with = Withheld("--detail");

        Assert.InRange(with, without, without + 10);
    }

    [Fact]
    public void Report_ByOrganisationWithDetail_EachOrganisationHasItsOwnDetailedGroups()
    {
        var folder = _folder.Combine("trust");
        Assert.Equal(0, CliRun.Of("sample", "--output", folder, "--organisations", "3", "--staff-count", "600", "--seed", "7").ExitCode);

        var json = Json(CliRun.Of("report", "--by-organisation", "--staff", Path.Combine(folder, "staff.csv"), "--year-end", "2026-03-31", "--format", "json", "--detail"));

        var organisations = json.GetProperty("organisations").EnumerateArray().ToList();
        Assert.Equal(3, organisations.Count);
        foreach (var key in DetailKeys)
        {
            var combined = json.GetProperty("workforce").GetProperty("detail").GetProperty(key).GetInt32();
            Assert.Equal(combined, organisations.Sum(o => o.GetProperty("workforce").GetProperty("detail").GetProperty(key).GetInt32()));
        }

        Assert.All(organisations, o => Assert.Equal(JsonValueKind.Object, o.GetProperty("modelEmployer").ValueKind));
    }
}
