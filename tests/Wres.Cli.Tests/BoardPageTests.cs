using System.Xml.Linq;

namespace Wres.Cli.Tests;

/// <summary>
/// Issue 11 through the tool: <c>wres report --format html</c> opens with the page for the board (the findings, the
/// ratios chart, the parity and Model Employer headlines), then the detail; its charts carry their counts and the
/// workforce's share; published, they carry only published figures.
/// </summary>
public sealed class BoardPageTests : IDisposable
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static XElement Page(params string[] extra)
    {
        var run = CliRun.Of(["report", "--sample", "--year-end", "2026-03-31", "--format", "html", .. extra]);
        Assert.Equal(1, run.ExitCode);
        Assert.NotNull(run.RejectionSummary);
        return XDocument.Parse(run.Output).Descendants(Xhtml + "main").Single();
    }

    private static List<string> Items(XElement element) => [.. element.Descendants(Xhtml + "li").Select(li => li.Value)];

    private static XElement Chart(XElement main, string id) =>
        main.Descendants(Xhtml + "svg").Single(s => ((string)s.Attribute("aria-labelledby")!).StartsWith(id, StringComparison.Ordinal));

    private static List<string> Labels(XElement chart) => [.. chart.Descendants(Xhtml + "text").Select(t => t.Value)];

    [Fact]
    public void Report_SampleHtml_OpensWithTheBoardPageThenTheDetail()
    {
        // People to parity (as the detail works them out): 2, 49 more and 18 for the band; 3, 6 fewer and
        // 18 − floor(15.06) = 3 for the band; 4, 54 more, within the band. Model Employer: Σ max(0, target − BME) over
        // 8a-VSM = 6 + 6 + 5 + 5 + 2 + 1 = 25; gaps 3 + 3 + 3 + 3 + 1 + 1 = 14 behind next year's milestones.
        var main = Page();

        var board = main.Elements().First();
        Assert.Equal("board-page", (string?)board.Attribute("class"));
        Assert.Equal("WRES report 2025/26: Synthetic NHS Trust (synthetic sample data)", board.Element(Xhtml + "h1")!.Value);
        Assert.Contains(board.Elements(Xhtml + "p"), p => p.Value.Contains("reporting year 2025/26: 2025-04-01 to 2026-03-31", StringComparison.Ordinal));
        var items = Items(board);
        Assert.Equal(8, items.Count);
        string[] findings =
        [
            "Workforce: 2950 people;",
            "Indicator 2 (appointment from shortlisting, White ÷ BME): 1.45",
            "Indicator 3 (entering the formal disciplinary process, BME ÷ White): 1.49",
            "Indicator 4 (access to non-mandatory training, White ÷ BME): 1.24",
            "Indicator 9 (board):",
            "Data quality:",
        ];
        Assert.All(findings.Zip(items), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Equal(
            "To parity, for each ratio to reach 1.00 (in brackets, to come within the four-fifths band, up to 1.25): Indicator 2: 49 more BME applicants appointed (18 more); "
                + "Indicator 3: 6 fewer BME staff entering the process (3 fewer); Indicator 4: 54 more BME staff accessing training (within the band already).",
            items[6]);
        Assert.Equal(
            "Model Employer trajectory (Band 8a, Band 8b, Band 8c, Band 8d, Band 9 and VSM; target 2027/28): 25 more BME staff across these bands, at this year's sizes, "
                + "for each to match the workforce's 26.1% of all staff; 14 behind next year's milestones.",
            items[7]);
        var ratios = Chart(board, "chart-likelihoods");
        Assert.Equal(["1.45", "1.49", "1.24"], ratios.Descendants(Xhtml + "text").Where(t => (string?)t.Attribute("class") == "small bold").Select(t => t.Value));

        var detail = main.Elements().Skip(1).ToList();
        Assert.Equal(Xhtml + "nav", detail[0].Name);
        Assert.Equal(
            ["workforce", "indicator-1", "model-employer", "indicator-2", "indicator-3", "indicator-4", "indicator-5", "indicator-6", "indicator-7", "indicator-8", "indicator-9", "data-quality"],
            detail.Skip(1).Select(s => (string?)s.Attribute("aria-labelledby")));
        Assert.Equal(1, main.Descendants(Xhtml + "div").Count(d => (string?)d.Attribute("class") == "board-page"));
    }

    [Fact]
    public void Report_SampleHtml_BandChartHasTheWorkforceLineAndHeadcountsBoardChartItsCounts()
    {
        // 771 BME of 2950: 26.135…%, at 225 + 104.54 = 329.54. Clinical Band 5 holds 452; the board 1 BME of 12.
        var main = Page();

        var representation = Chart(main, "chart-representation");
        Assert.Contains("Workforce 26.1%", Labels(representation));
        Assert.All(
            representation.Descendants(Xhtml + "line"),
            line => Assert.Equal("329.54", (string?)line.Attribute("x1")));
        var band5 = representation.Elements(Xhtml + "g").Single(g => g.Element(Xhtml + "title")!.Value.StartsWith("Clinical staff, Band 5:", StringComparison.Ordinal));
        Assert.Equal("n = 452", band5.Elements(Xhtml + "text").Last().Value);
        var board = Chart(main, "chart-board");
        Assert.Contains("1 of 12", Labels(board));
        Assert.Contains("771 of 2950", Labels(board));
    }

    [Fact]
    public void Report_SampleHtmlPublished_ModelEmployerWithheldAndChartsCarryPublishedCountsOnly()
    {
        // Published: 770 BME of 2950 (26.10…%, so the line at 26.1%: 329.4); the board's 1 BME is *, its 12 members public.
        var main = Page("--publish");

        Assert.Contains("Model Employer trajectory: not published (it is worked out from exact band counts, which a published report does not show).", Items(main.Elements().First()));
        var representation = Chart(main, "chart-representation");
        Assert.Contains("Workforce 26.1%", Labels(representation));
        Assert.All(representation.Descendants(Xhtml + "line"), line => Assert.Equal("329.4", (string?)line.Attribute("x1")));
        Assert.DoesNotContain("n = 452", Labels(representation));
        Assert.Contains("n = 450", Labels(representation));
        var board = Chart(main, "chart-board");
        Assert.Contains("* of 12", Labels(board));
        Assert.Contains("770 of 2950", Labels(board));
        Assert.DoesNotContain("1 of 12", Labels(board));
    }

    [Fact]
    public void Report_SampleHtmlComparedWithLastYear_ModelEmployerHeadlineFromLastYearsBaseline()
    {
        // Last year's report of the same sample files is the baseline (2024/25): this year's milestone is a third of the
        // way to each target: 8a 23 + ceil(6 / 3) = 25, 8b 6 + 2 = 8, 8c ceil(5 / 3) = 2, 8d 2, 9 ceil(2 / 3) = 1, VSM
        // 1; against this year's 23, 6, 0, 0, 0, 0: 2 + 2 + 2 + 2 + 1 + 1 = 10 behind this year's milestones.
        var previous = _folder.Combine("last-year.json");
        var last = CliRun.Of("report", "--sample", "--year-end", "2025-03-31", "--format", "json", "--output", previous);
        Assert.Equal(1, last.ExitCode);

        var items = Items(Page("--compare-with", previous).Elements().First());

        Assert.Contains(items, i => i.StartsWith("Model Employer trajectory (", StringComparison.Ordinal) && i.EndsWith("; 10 behind this year's milestones.", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_SampleWdesHtml_BoardPageWithoutModelEmployerAndTheDisabledShareLine()
    {
        var main = Page("--standard", "wdes");

        var items = Items(main.Elements().First());
        Assert.DoesNotContain(items, i => i.StartsWith("Model Employer", StringComparison.Ordinal));
        Assert.Contains("To parity: none needed; every ratio shown (Metric 2, Metric 3) is at 1.00 or on the Disabled staff's side of it.", items);
        Assert.Contains(Labels(Chart(main, "chart-representation")), l => l.StartsWith("Workforce ", StringComparison.Ordinal) && l.EndsWith('%'));
        Assert.Contains("Disabled of all", Labels(Chart(main, "chart-board")));
    }
}
