using System.Text.Json;

namespace Wres.Cli.Tests;

/// <summary>Indicator 2 by pay band, staff group and (<c>--detail</c>) detailed group, end to end through the tool (issue 11).</summary>
public sealed class BreakdownCommandTests : IDisposable
{
    private static readonly string[] DetailedGroups = ["WhiteBritish", "WhiteIrish", "WhiteOther", "Mixed", "Asian", "Black", "Chinese", "Other", "Unknown"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonElement Indicator2(CliRun run) =>
        JsonDocument.Parse(run.Output).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "2");

    private static (int Events, int Base) Group(JsonElement parent, string name) =>
        (parent.GetProperty(name).GetProperty("events").GetInt32(), parent.GetProperty(name).GetProperty("base").GetInt32());

    [Fact]
    public void Report_SampleAsJson_Indicator2ByBandAndByStaffGroupAddUpToIt()
    {
        var indicator = Indicator2(CliRun.Of("report", "--sample", "--format", "json"));

        foreach (var list in new[] { "byBand", "byStaffGroup" })
        {
            var rows = indicator.GetProperty(list).EnumerateArray().ToList();
            Assert.True(rows.Count >= 9, $"{list} has {rows.Count} rows");
            foreach (var group in new[] { "white", "bme", "unknown" })
            {
                Assert.Equal(Group(indicator, group), (rows.Sum(r => Group(r, group).Events), rows.Sum(r => Group(r, group).Base)));
            }

            Assert.Contains(rows, r => r.GetProperty("relativeLikelihood").ValueKind == JsonValueKind.Number && r.GetProperty("ci95").ValueKind == JsonValueKind.Object);
        }

        Assert.Equal("Band 1", indicator.GetProperty("byBand")[0].GetProperty("payBand").GetString());
        Assert.False(indicator.TryGetProperty("detail", out _));
    }

    [Fact]
    public void Report_SampleWithDetail_Indicator2HasTheNineDetailedGroupsAddingUpToWhiteBmeAndUnknown()
    {
        var indicator = Indicator2(CliRun.Of("report", "--sample", "--format", "json", "--detail"));

        var detail = indicator.GetProperty("detail");
        Assert.Equal(DetailedGroups, detail.EnumerateObject().Select(p => p.Name));
        (int, int) Sum(params string[] groups) => (groups.Sum(g => Group(detail, g).Events), groups.Sum(g => Group(detail, g).Base));
        Assert.Equal(Group(indicator, "white"), Sum("WhiteBritish", "WhiteIrish", "WhiteOther"));
        Assert.Equal(Group(indicator, "bme"), Sum("Mixed", "Asian", "Black", "Chinese", "Other"));
        Assert.Equal(Group(indicator, "unknown"), Sum("Unknown"));
    }

    [Theory]
    [InlineData("text", "Indicator 2 by pay band of the post: counts and relative likelihoods")]
    [InlineData("markdown", "Indicator 2 by staff group of the post: counts and relative likelihoods")]
    [InlineData("html", "Indicator 2 by detailed ethnic group: counts and likelihoods")]
    [InlineData("csv", "2,ByBand,Band 5,Events,")]
    [InlineData("csv", "2,Detail,WhiteBritish,Events,")]
    public void Report_SampleWithDetail_EveryFormatShowsTheBreakdowns(string format, string expected)
    {
        var run = CliRun.Of("report", "--sample", "--format", format, "--detail");

        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_RecruitmentWithoutTheColumns_NoBreakdownInAnyFormat()
    {
        var recruitment = _folder.File("recruitment.csv", "Application Id,Ethnic Origin,Shortlisted,Appointed\nA1,A,Yes,Yes\nA2,N,Yes,No\nA3,C,Yes,No\n");

        var json = Indicator2(CliRun.Of("report", "--recruitment", recruitment, "--year-end", "2026-03-31", "--format", "json"));
        var text = CliRun.Of("report", "--recruitment", recruitment, "--year-end", "2026-03-31", "--format", "text").Output;
        var csv = CliRun.Of("report", "--recruitment", recruitment, "--year-end", "2026-03-31", "--format", "csv").Output;

        Assert.False(json.TryGetProperty("byBand", out _));
        Assert.False(json.TryGetProperty("byStaffGroup", out _));
        Assert.DoesNotContain("of the post", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",ByBand,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_RecruitmentWithTheColumns_UnreadValuesInTheirRowAndReported()
    {
        var recruitment = _folder.File(
            "recruitment.csv",
            "Application Id,Ethnic Origin,Shortlisted,Appointed,Pay Band,Staff Group\nA1,A,Yes,Yes,Band 6,04\nA2,N,Yes,No,Band 8,04\nA3,C,Yes,No,,Porters\n");

        var run = CliRun.Of("report", "--recruitment", recruitment, "--year-end", "2026-03-31", "--format", "json");

        var indicator = Indicator2(run);
        Assert.Equal(["Band 6", "Not recognised or blank"], indicator.GetProperty("byBand").EnumerateArray().Select(r => r.GetProperty("payBand").GetString()));
        Assert.Equal(["Allied Health Professionals", "Not recognised or blank"], indicator.GetProperty("byStaffGroup").EnumerateArray().Select(r => r.GetProperty("staffGroup").GetString()));
        var issues = JsonDocument.Parse(run.Output).RootElement.GetProperty("dataQuality").GetProperty("files")[0].GetProperty("issues").EnumerateArray()
            .Where(i => i.GetProperty("line").ValueKind == JsonValueKind.Number).Select(i => (i.GetProperty("code").GetString(), i.GetProperty("line").GetInt32())).ToList();
        Assert.Contains(("WRES216", 3), issues);
        Assert.Contains(("WRES216", 4), issues);
        Assert.Contains(("WRES315", 4), issues);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Report_SamplePublishedWithDetail_NoCountOf1To7AndNoRatioBesideOne()
    {
        var indicator = Indicator2(CliRun.Of("report", "--sample", "--format", "json", "--detail", "--publish"));

        var rows = indicator.GetProperty("byBand").EnumerateArray().Concat(indicator.GetProperty("byStaffGroup").EnumerateArray()).ToList();
        var counts = rows.SelectMany(r => new[] { "white", "bme", "unknown" }.Select(g => r.GetProperty(g)))
            .Concat(indicator.GetProperty("detail").EnumerateObject().Select(p => p.Value))
            .SelectMany(g => new[] { g.GetProperty("events"), g.GetProperty("base") })
            .ToList();
        Assert.All(counts, c => Assert.True(c.ValueKind == JsonValueKind.Null || c.GetInt32() == 0 || c.GetInt32() % 5 == 0, $"count {c}"));
        Assert.Contains(counts, c => c.ValueKind == JsonValueKind.Null);
        foreach (var row in rows)
        {
            var hidden = new[] { "white", "bme" }.Any(g => row.GetProperty(g).GetProperty("events").ValueKind == JsonValueKind.Null || row.GetProperty(g).GetProperty("base").ValueKind == JsonValueKind.Null);
            if (hidden)
            {
                Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null), (row.GetProperty("relativeLikelihood").ValueKind, row.GetProperty("pValue").ValueKind, row.GetProperty("smallNumbers").ValueKind));
                Assert.True(row.GetProperty("relativeLikelihoodSuppressed").GetBoolean());
            }
        }

        Assert.Contains(rows, r => r.GetProperty("relativeLikelihood").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public void Report_ByOrganisation_EachOrganisationAndTheCombinedHaveTheBreakdownsAndTheyAddUp()
    {
        var folder = _folder.Combine("trust");
        Assert.Equal(0, CliRun.Of("sample", "--output", folder, "--organisations", "3", "--staff-count", "600", "--seed", "7").ExitCode);

        var run = CliRun.Of("report", "--recruitment", Path.Combine(folder, "recruitment.csv"), "--by-organisation", "--year-end", "2026-03-31", "--format", "json");

        var root = JsonDocument.Parse(run.Output).RootElement;
        var organisations = root.GetProperty("organisations").EnumerateArray().ToList();
        Assert.Equal(3, organisations.Count);
        var combined = Indicator2(run).GetProperty("byStaffGroup").EnumerateArray().ToDictionary(r => r.GetProperty("staffGroup").GetString()!, r => Group(r, "bme"));
        var parts = organisations
            .SelectMany(o => o.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "2").GetProperty("byStaffGroup").EnumerateArray())
            .GroupBy(r => r.GetProperty("staffGroup").GetString()!)
            .ToDictionary(g => g.Key, g => (g.Sum(r => Group(r, "bme").Events), g.Sum(r => Group(r, "bme").Base)));
        Assert.Equal(combined.OrderBy(p => p.Key, StringComparer.Ordinal), parts.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
