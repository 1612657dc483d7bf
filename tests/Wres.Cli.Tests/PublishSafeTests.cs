using System.Text;
using System.Text.Json;

namespace Wres.Cli.Tests;

/// <summary>
/// Issue 10 through the tool: <c>--publish</c> on the issue's two cases. Non-clinical Band 1 holds 5 White, 1 BME and
/// 1 Unknown of 7 (which 71.4 / 14.3 / 14.3% would give back); a 12-member board holds 10 White, 1 BME and 1 Unknown
/// (which 8.3% would give back). No format shows a percentage beside a suppressed count, and published JSON has
/// <c>null</c> with <c>…Suppressed: true</c>, never the string <c>"*"</c>.
/// </summary>
public sealed class PublishSafeTests : IDisposable
{
    private const string StaffHeader = "Employee Number,Assignment Number,Ethnic Origin,Staff Group,Pay Band,Primary Assignment,Assignment Category,FTE";
    private static readonly string[] Formats = ["text", "markdown", "html", "csv", "json"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("csv")]
    [InlineData("json")]
    public void Report_PublishBandOneOfSeven_NoPercentageBesideTheSuppressedCounts(string format)
    {
        var run = CliRun.Of("report", "--staff", BandOneStaff(), "--publish", "--year-end", "2026-03-31", "--format", format);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.DoesNotContain("71.4", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("14.3", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("of * people", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("of 7 people", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PublishBandOneOfSeven_TextRowAllStarsAndJsonNullsWithTheirFlags()
    {
        var text = CliRun.Of("report", "--staff", BandOneStaff(), "--publish", "--year-end", "2026-03-31");
        var json = Json(CliRun.Of("report", "--staff", BandOneStaff(), "--publish", "--year-end", "2026-03-31", "--format", "json"));

        var row = text.Output.Split('\n').Single(l => l.StartsWith("Band 1 ", StringComparison.Ordinal) && l.Contains('*', StringComparison.Ordinal));
        Assert.Equal(["Band", "1", "*", "*", "*", "*", "*", "*", "*"], row.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var band = Indicator(json, "1").GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("segment").GetString() == "NonClinical" && r.GetProperty("row").GetString() == "Band 1");
        foreach (var count in new[] { "white", "bme", "unknown", "total" })
        {
            Assert.Equal(JsonValueKind.Null, band.GetProperty(count).ValueKind);
            Assert.True(band.GetProperty(count + "Suppressed").GetBoolean());
        }

        foreach (var share in new[] { "whitePercent", "bmePercent", "unknownPercent" })
        {
            Assert.Equal(JsonValueKind.Null, band.GetProperty(share).ValueKind);
        }
    }

    [Fact]
    public void Report_PublishTwelveMemberBoard_SizeShownAndNoShareOrDifferenceAnywhere()
    {
        var (staff, board) = (BoardStaff(), Board());
        string Run(string format) => CliRun.Of("report", "--staff", staff, "--board", board, "--publish", "--year-end", "2026-03-31", "--format", format) is var run && run.ExitCode == 0
            ? run.Output
            : throw new InvalidOperationException(run.Error);

        foreach (var format in Formats)
        {
            var output = Run(format);
            Assert.DoesNotContain("8.3", output, StringComparison.Ordinal);
            Assert.DoesNotContain("83.3", output, StringComparison.Ordinal);
            Assert.DoesNotContain("9.1", output, StringComparison.Ordinal);
        }

        var whole = Run("text").Split('\n').Single(l => l.StartsWith("Whole board ", StringComparison.Ordinal));
        Assert.Equal(["Whole", "board", "12", "10", "*", "*", "*", "*"], whole.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var nine = Indicator(JsonDocument.Parse(Run("json")).RootElement, "9");
        Assert.Equal(12, nine.GetProperty("total").GetProperty("members").GetInt32());
        Assert.Equal(10, nine.GetProperty("total").GetProperty("white").GetInt32());
        foreach (var name in new[] { "total", "voting", "nonVoting", "executive", "nonExecutive" })
        {
            var subset = nine.GetProperty(name);
            Assert.Equal(JsonValueKind.Number, subset.GetProperty("members").ValueKind);
            if (new[] { "white", "bme", "unknown" }.Any(g => subset.TryGetProperty(g + "Suppressed", out var flag) && flag.GetBoolean()))
            {
                Assert.Equal(JsonValueKind.Null, subset.GetProperty("bmePercent").ValueKind);
                Assert.Equal(JsonValueKind.Null, subset.GetProperty("differencePercentagePoints").ValueKind);
            }
        }
    }

    [Fact]
    public void Report_PublishedJson_EverySuppressedNumberIsNullBesideItsTrueFlagAndNoStarAnywhere()
    {
        var json = Json(CliRun.Of("report", "--staff", BandOneStaff(), "--board", Board(), "--publish", "--year-end", "2026-03-31", "--format", "json"));

        var flags = 0;
        Walk(json, ref flags);

        Assert.True(flags >= 7, $"only {flags} suppressed flags");
    }

    [Fact]
    public void Report_PublishedRatioInWords_SaysWhyItIsWithheld()
    {
        // 3 of 300 BME against 20 of 1200 White enter the process: the 3 is suppressed, so is the ratio, and its sentence says so.
        var rows = new List<string>();
        var cases = new StringBuilder("Case Reference,Employee Number,Start Date\n");
        for (var i = 0; i < 1500; i++)
        {
            rows.Add($"{i},{i}-1,{(i < 1200 ? "A" : "N")},03,Band 5,Yes,Permanent,1.0");
            if (i < 20 || i is >= 1200 and < 1203)
            {
                cases.Append(System.Globalization.CultureInfo.InvariantCulture, $"C{i},{i},2025-10-01\n");
            }
        }

        var staff = _folder.File("staff-1500.csv", StaffHeader + "\n" + string.Join("\n", rows) + "\n");
        var json = Json(CliRun.Of("report", "--staff", staff, "--disciplinary", _folder.File("cases.csv", cases.ToString()), "--publish", "--year-end", "2026-03-31", "--format", "json"));

        var three = Indicator(json, "3");
        Assert.StartsWith("The relative likelihood of entering the formal disciplinary process is not published: ", three.GetProperty("finding").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, three.GetProperty("relativeLikelihood").ValueKind);
    }

    /// <summary>Every <c>…Suppressed</c> flag is <c>true</c> beside a <c>null</c> sibling; no value anywhere is the string <c>*</c>.</summary>
    private static void Walk(JsonElement element, ref int flags)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("Suppressed", StringComparison.Ordinal))
                    {
                        Assert.Equal(JsonValueKind.True, property.Value.ValueKind);
                        Assert.Equal(JsonValueKind.Null, element.GetProperty(property.Name[..^"Suppressed".Length]).ValueKind);
                        flags++;
                    }

                    Walk(property.Value, ref flags);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, ref flags);
                }

                break;
            case JsonValueKind.String:
                Assert.NotEqual("*", element.GetString());
                break;
        }
    }

    /// <summary>Non-clinical Band 1: 5 White, 1 BME, 1 Unknown; clinical Band 5: 60 White, 30 BME, 10 Unknown.</summary>
    private string BandOneStaff()
    {
        var rows = new List<string>();
        void Add(int count, string ethnicity, string group, string band)
        {
            for (var i = 0; i < count; i++)
            {
                var id = rows.Count + 1;
                rows.Add($"{id},{id}-1,{ethnicity},{group},{band},Yes,Permanent,1.0");
            }
        }

        Add(5, "A", "08", "Band 1");
        Add(1, "N", "08", "Band 1");
        Add(1, "Z", "08", "Band 1");
        Add(60, "A", "03", "Band 5");
        Add(30, "N", "03", "Band 5");
        Add(10, "Z", "03", "Band 5");
        return _folder.File("staff.csv", StaffHeader + "\n" + string.Join("\n", rows) + "\n");
    }

    /// <summary>A workforce of 100: 70 White, 25 BME, 5 Unknown.</summary>
    private string BoardStaff() => _folder.File(
        "board-staff.csv",
        StaffHeader + "\n" + string.Join("\n", Enumerable.Range(1, 100).Select(i => $"{i},{i}-1,{(i <= 70 ? "A" : i <= 95 ? "N" : "Z")},03,Band 5,Yes,Permanent,1.0")) + "\n");

    /// <summary>12 members: 10 White (6 voting non-executives, 4 voting executives), 1 BME voting non-executive, 1 Unknown non-voting executive.</summary>
    private string Board()
    {
        var rows = new List<string> { "Member,Ethnic Origin,Voting,Executive" };
        rows.AddRange(Enumerable.Range(1, 6).Select(i => $"NED {i},A,Yes,No"));
        rows.AddRange(Enumerable.Range(1, 4).Select(i => $"Director {i},A,Yes,Yes"));
        rows.Add("NED 7,N,Yes,No");
        rows.Add("Director 5,Z,No,Yes");
        return _folder.File("board.csv", string.Join("\n", rows) + "\n");
    }

    private static JsonElement Json(CliRun run) =>
        run.ExitCode == 0 ? JsonDocument.Parse(run.Output).RootElement.Clone() : throw new InvalidOperationException(run.Error);

    private static JsonElement Indicator(JsonElement report, string id) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
}
