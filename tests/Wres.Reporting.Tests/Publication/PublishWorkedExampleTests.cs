using System.Text.Json;
using System.Xml.Linq;
using Wres.Core;
using Wres.Core.Publication;
using Wres.Core.Workforce;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Publication;

/// <summary>Issue 10's cases by hand: what a published report shows, and that nothing it shows gives a hidden count back.</summary>
public class PublishWorkedExampleTests
{
    private static readonly ReportWriterOptions Publish = new() { Publish = true };

    /// <summary>Non-clinical Band 1 holds 5 White, 1 BME and 1 Unknown of 7, beside a larger clinical workforce.</summary>
    private static WresReport BandOne() => Datasets.Report(new WresDataset
    {
        Staff =
        [
            .. Datasets.People("W", 5, StaffGroup.AdministrativeAndClerical, Grade.Band1),
            .. Datasets.People("B", 1, StaffGroup.AdministrativeAndClerical, Grade.Band1),
            .. Datasets.People("U", 1, StaffGroup.AdministrativeAndClerical, Grade.Band1),
            .. Datasets.People("W", 60, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5, first: 5),
            .. Datasets.People("B", 30, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5, first: 1),
            .. Datasets.People("U", 10, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5, first: 1),
        ],
    });

    /// <summary>A 12-member board: 11 White and 1 BME; the BME member is an executive without a vote.</summary>
    private static WresReport TwelveMemberBoard() => Datasets.Report(new WresDataset
    {
        Staff = [.. Datasets.People("W", 70, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5), .. Datasets.People("B", 25, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5)],
        Board =
        [
            .. Datasets.Members("W", 5, voting: true, executive: true),
            .. Datasets.Members("W", 6, voting: true, executive: false),
            .. Datasets.Members("B", 1, voting: false, executive: true),
        ],
    });

    [Fact]
    public void Publish_BandOneOfSeven_CountsSuppressedAndNoPercentageInAnyFormat()
    {
        var report = BandOne();

        var text = ReportWriter.ToString(report, ReportFormat.Text, Publish);
        var row = text.Split('\n').Single(l => l.StartsWith("Band 1 ", StringComparison.Ordinal) && l.Contains('*', StringComparison.Ordinal));
        Assert.Equal(["Band", "1", "*", "*", "*", "*", "*", "*", "*"], row.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var leaked in new[] { "71.4", "14.3" })
        {
            Assert.DoesNotContain(leaked, text, StringComparison.Ordinal);
            Assert.DoesNotContain(leaked, ReportWriter.ToString(report, ReportFormat.Markdown, Publish), StringComparison.Ordinal);
            Assert.DoesNotContain(leaked, ReportWriter.ToString(report, ReportFormat.Html, Publish), StringComparison.Ordinal);
            Assert.DoesNotContain(leaked, ReportWriter.ToString(report, ReportFormat.Csv, Publish), StringComparison.Ordinal);
        }

        var json = JsonDocument.Parse(Schemas.Json(report, Publish)).RootElement;
        var band = json.GetProperty("indicators")[0].GetProperty("rows").EnumerateArray()
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

        Assert.Empty(DisclosureAdversaryTests.Pinned(report, new DisclosureOptions()));
    }

    [Fact]
    public void Publish_BandOneOfSeven_HtmlChartDrawsNoBarAndNoTooltipSaysOfStarPeople()
    {
        var page = XDocument.Parse(ReportWriter.ToString(BandOne(), ReportFormat.Html, Publish));
        var texts = page.Descendants().Where(e => e.Name.LocalName is "title" or "text").Select(e => e.Value).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("of * people", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("Non-clinical staff, Band 1:", StringComparison.Ordinal));
        Assert.Contains("not published: a count in this row is not shown", texts);

        // Unpublished, the same row is drawn with its tooltip.
        var exact = XDocument.Parse(ReportWriter.ToString(BandOne(), ReportFormat.Html)).Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value);
        Assert.Contains("Non-clinical staff, Band 1: White 71.4%, BME 14.3%, Unknown 14.3% of 7 people", exact);
    }

    [Fact]
    public void Publish_TwelveMemberBoard_SizeExactGroupsByPolicyNoShareAndNoDifference()
    {
        var report = TwelveMemberBoard();
        var text = ReportWriter.ToString(report, ReportFormat.Text, Publish);

        var whole = text.Split('\n').Single(l => l.StartsWith("Whole board ", StringComparison.Ordinal));
        Assert.Equal(["Whole", "board", "12", "10", "*", "0", "*", "*"], whole.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("8.3", text, StringComparison.Ordinal);

        var board = JsonDocument.Parse(Schemas.Json(report, Publish)).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "9");
        var total = board.GetProperty("total");
        Assert.Equal(12, total.GetProperty("members").GetInt32());
        Assert.Equal(10, total.GetProperty("white").GetInt32());
        Assert.True(total.GetProperty("bmeSuppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, total.GetProperty("bmePercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("differencePercentagePoints").ValueKind);
        foreach (var subset in new[] { "total", "voting", "nonVoting", "executive", "nonExecutive" })
        {
            Assert.Equal(JsonValueKind.Number, board.GetProperty(subset).GetProperty("members").ValueKind);
        }

        // The non-voting member is the BME executive: 1 of 1, which the subsets must not give back.
        Assert.Empty(DisclosureAdversaryTests.Pinned(report, new DisclosureOptions()));
    }

    [Fact]
    public void Publish_ThreeOfThreeHundredAgainstTwentyOfTwelveHundred_RatioWithheldWithItsReason()
    {
        var report = Datasets.Report(new WresDataset
        {
            Staff = [.. Datasets.People("W", 1200, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5), .. Datasets.People("B", 300, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5)],
            Cases = [.. Datasets.Cases("W", 20), .. Datasets.Cases("B", 3)],
        });
        const string Reason = "not published: a count behind it is 7 or fewer";

        Assert.Contains("- Relative likelihood (BME ÷ White): 0.60", ReportWriter.ToString(report, ReportFormat.Text), StringComparison.Ordinal);
        var text = ReportWriter.ToString(report, ReportFormat.Text, Publish);
        Assert.Contains($"- Relative likelihood (BME ÷ White), its 95% confidence interval, p-value and band: {Reason}.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.60", text, StringComparison.Ordinal);
        Assert.Contains(text.Split('\n'), l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(["BME", "*", "300", "*"]));

        var indicator = JsonDocument.Parse(Schemas.Json(report, Publish)).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "3");
        Assert.True(indicator.GetProperty("relativeLikelihoodSuppressed").GetBoolean());
        Assert.Equal(Reason, indicator.GetProperty("suppressedReason").GetString());
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("bme").GetProperty("likelihood").ValueKind);
        Assert.Equal(0.017m, indicator.GetProperty("white").GetProperty("likelihood").GetDecimal());
        Assert.Contains("not published: see the indicator for why", ReportWriter.ToString(report, ReportFormat.Html, Publish), StringComparison.Ordinal);
        Assert.Empty(DisclosureAdversaryTests.Pinned(report, new DisclosureOptions()));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void Publish_RatioWhoseCountsWouldGiveBackTheUnknownCount_WithheldOnlyThen(int unknown, bool withheld)
    {
        // 100 White, 51 BME and 1 Unknown: 152 shown as 150 (148 to 152), so exact White and BME counts would leave
        // Unknown only 1. With 2 Unknown (153, shown 155) they leave it 2 to 6.
        var report = Datasets.Report(new WresDataset
        {
            Staff =
            [
                .. Datasets.People("W", 100, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5),
                .. Datasets.People("B", 51, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5),
                .. Datasets.People("U", unknown, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5),
            ],
            Training = [.. Datasets.Courses("W", 40), .. Datasets.Courses("B", 10)],
        });

        var indicator = JsonDocument.Parse(Schemas.Json(report, Publish)).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "4");

        Assert.Equal(withheld, indicator.TryGetProperty("relativeLikelihoodSuppressed", out _));
        if (withheld)
        {
            Assert.Equal("not published: with the counts shown, it would let a count of 7 or fewer be worked out", indicator.GetProperty("suppressedReason").GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.Number, indicator.GetProperty("relativeLikelihood").ValueKind);
        }

        Assert.Empty(DisclosureAdversaryTests.Pinned(report, new DisclosureOptions()));
    }

    [Fact]
    public void Publish_ThresholdPolicyRowWithOneSmallCount_AnotherCountWithheldSoTheTotalCannotGiveItBack()
    {
        var report = Datasets.Report(new WresDataset
        {
            Staff = [.. Datasets.People("W", 50, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5), .. Datasets.People("B", 3, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5)],
        });
        var policy = new DisclosureOptions { Policy = DisclosurePolicy.Threshold, Threshold = 5 };

        var workforce = JsonDocument.Parse(Schemas.Json(report, new ReportWriterOptions { Publish = true, Disclosure = policy })).RootElement.GetProperty("workforce");

        Assert.True(workforce.GetProperty("bmeSuppressed").GetBoolean());
        Assert.False(workforce.TryGetProperty("bmeWithheld", out _));
        Assert.Contains(workforce.EnumerateObject(), p => p.Name.EndsWith("Withheld", StringComparison.Ordinal));
        Assert.Empty(DisclosureAdversaryTests.Pinned(report, policy));
        Assert.Contains(
            "counts from 1 to 4 are shown as <5, other counts exactly",
            ReportWriter.ToString(report, ReportFormat.Text, new ReportWriterOptions { Publish = true, Disclosure = policy }),
            StringComparison.Ordinal);
    }
}
