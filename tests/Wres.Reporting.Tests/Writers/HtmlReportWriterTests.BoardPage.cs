using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Wres.Core;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

/// <summary>
/// Issue 11, a page for the board: the HTML report opens with the board page, prints on A4, and its charts carry
/// their counts. The full dataset (<see cref="Reports.Full"/>) has 163 staff of whom 46 are BME (28.2208…%); when
/// published its counts are 105 White, 45 BME, 10 Unknown of 165 (27.2727…%).
/// </summary>
public partial class HtmlReportWriterTests
{
    private static readonly ReportWriterOptions Published = new() { Publish = true };

    private static XElement MainOf(string html) => Parse(html).Descendants(Xhtml + "main").Single();

    private static XElement Chart(string html, string id) =>
        Parse(html).Descendants(Xhtml + "svg").Single(s => ((string)s.Attribute("aria-labelledby")!).StartsWith(id, StringComparison.Ordinal));

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Write_FullReport_OpensWithTheBoardPageThenTheDetail()
    {
        var main = MainOf(Html(Reports.Full()));

        var first = main.Elements().First();
        Assert.Equal(Xhtml + "div", first.Name);
        Assert.Equal("board-page", (string?)first.Attribute("class"));
        Assert.Equal("WRES report 2025/26: Example NHS Trust", first.Element(Xhtml + "h1")!.Value);
        Assert.StartsWith("Workforce Race Equality Standard (WRES), reporting year 2025/26: 2025-04-01 to 2026-03-31", first.Element(Xhtml + "p")!.Value, StringComparison.Ordinal);
        Assert.Equal(["Summary"], first.Descendants(Xhtml + "h2").Select(h => h.Value));
        var items = first.Descendants(Xhtml + "li").Select(li => li.Value).ToList();
        Assert.Contains(items, i => i.StartsWith("Indicator 2 (appointment from shortlisting, White ÷ BME): 2.67 (Adverse to BME staff; small numbers). White applicants were 2.67 times as likely", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Indicator 9 (board): BME share of voting members 40.0%", StringComparison.Ordinal));
        var chart = Assert.Single(first.Descendants(Xhtml + "svg"));
        Assert.Equal("chart-likelihoods-title chart-likelihoods-desc", (string?)chart.Attribute("aria-labelledby"));
        Assert.Equal(3, chart.Descendants(Xhtml + "circle").Count());
        Assert.Contains(items, i => i.StartsWith("To parity, for each ratio to reach 1.00", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Model Employer trajectory (", StringComparison.Ordinal));
        Assert.True(
            items.FindIndex(i => i.StartsWith("Data quality:", StringComparison.Ordinal)) < items.FindIndex(i => i.StartsWith("To parity", StringComparison.Ordinal)),
            "The headlines come after the findings.");

        // Then the links to the parts (on screen only) and the detail, the workforce first.
        var rest = main.Elements().Skip(1).ToList();
        Assert.Equal("contents screen-only", (string?)rest[0].Attribute("class"));
        Assert.Equal("#workforce", (string?)rest[0].Elements(Xhtml + "a").First().Attribute("href"));
        Assert.Equal("#data-quality", (string?)rest[0].Elements(Xhtml + "a").Last().Attribute("href"));
        Assert.Equal("workforce", (string?)rest[1].Attribute("aria-labelledby"));
        Assert.DoesNotContain(rest.Skip(1), e => e.Attribute("class")?.Value == "board-page");
    }

    [Fact]
    public void Write_Publish_BoardPageWithholdsTheModelEmployerHeadline()
    {
        var board = MainOf(Html(Reports.Full(), Published)).Elements().First();

        var items = board.Descendants(Xhtml + "li").Select(li => li.Value).ToList();
        Assert.Contains("Model Employer trajectory: not published (it is worked out from exact band counts, which a published report does not show).", items);
        Assert.Contains(items, i => i.StartsWith("To parity, for each ratio", StringComparison.Ordinal));
        Assert.Single(board.Descendants(Xhtml + "svg"));
    }

    [Fact]
    public void Write_DataQualityOnlyOrRollUp_HasNoBoardPage()
    {
        var dataQuality = Html(Reports.Full(), new ReportWriterOptions { DataQualityOnly = true });
        var rollUp = ReportWriter.ToString(RollUps.Two(), ReportFormat.Html);

        foreach (var html in new[] { dataQuality, rollUp })
        {
            Assert.DoesNotContain(Parse(html).Descendants(), e => (string?)e.Attribute("class") is "board-page" or "contents screen-only");
        }
    }

    [Fact]
    public void Write_Representation_WorkforceLineAtTheWorkforceShare()
    {
        // 46 of 163 = 28.2208…%: 225 + 0.282208… × 400 = 337.8834…, drawn unrounded (to 2 places in SVG).
        var chart = Chart(Html(Reports.Full()), "chart-representation");

        var mark = chart.Elements(Xhtml + "g").Single(g => g.Element(Xhtml + "title")!.Value.StartsWith("Workforce share", StringComparison.Ordinal));
        Assert.Equal("Workforce share: BME 28.2% of 163 people", mark.Element(Xhtml + "title")!.Value);
        var lines = mark.Elements(Xhtml + "line").ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal((337.88, 337.88), (Number(line, "x1"), Number(line, "x2"))));
        Assert.Equal("5 3", (string?)lines[1].Attribute("stroke-dasharray"));
        Assert.Equal("Workforce 28.2%", mark.Element(Xhtml + "text")!.Value);

        // It runs from above the first bar to below the last.
        var bars = chart.Elements(Xhtml + "g").SelectMany(g => g.Elements(Xhtml + "rect")).ToList();
        Assert.True(Number(lines[1], "y1") < bars.Min(r => Number(r, "y")));
        Assert.True(Number(lines[1], "y2") > bars.Max(r => Number(r, "y") + Number(r, "height")));
        Assert.Contains("A dashed line marks the workforce's BME share, 28.2%", chart.Element(Xhtml + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PublishRepresentation_WorkforceLineAtThePublishedShare()
    {
        // Published: 45 of 165 = 27.2727…%, shown 27.3%: 225 + 0.273 × 400 = 334.2, no more exact than its label.
        var chart = Chart(Html(Reports.Full(), Published), "chart-representation");

        var mark = chart.Elements(Xhtml + "g").Single(g => g.Element(Xhtml + "title")!.Value.StartsWith("Workforce share", StringComparison.Ordinal));
        Assert.Equal("Workforce share: BME 27.3% of 165 people", mark.Element(Xhtml + "title")!.Value);
        Assert.All(mark.Elements(Xhtml + "line"), line => Assert.Equal(334.2, Number(line, "x1")));
        Assert.Equal("Workforce 27.3%", mark.Element(Xhtml + "text")!.Value);
    }

    [Fact]
    public void Write_PublishWorkforceShareNotShown_NoLineAndTheChartSaysWhy()
    {
        // 5 Unknown of 105 is suppressed, so the workforce's shares are not shown, and neither is the line.
        var report = Datasets.Report(new WresDataset
        {
            Staff =
            [
                .. Datasets.People("W", 70, Core.Workforce.StaffGroup.NursingAndMidwiferyRegistered, Core.Workforce.Grade.Band5),
                .. Datasets.People("B", 30, Core.Workforce.StaffGroup.NursingAndMidwiferyRegistered, Core.Workforce.Grade.Band5),
                .. Datasets.People("U", 5, Core.Workforce.StaffGroup.NursingAndMidwiferyRegistered, Core.Workforce.Grade.Band5),
            ],
        });

        var exact = Chart(Html(report), "chart-representation");
        var published = Chart(Html(report, Published), "chart-representation");

        Assert.Single(exact.Descendants(Xhtml + "title"), t => t.Value.StartsWith("Workforce share", StringComparison.Ordinal));
        Assert.DoesNotContain(published.Descendants(Xhtml + "title"), t => t.Value.StartsWith("Workforce share", StringComparison.Ordinal));
        Assert.DoesNotContain(published.Elements(Xhtml + "g"), g => g.Elements(Xhtml + "line").Any());
        Assert.Contains("The workforce's BME share is not drawn: a count behind it is not shown.", published.Element(Xhtml + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Representation_EachBarStartsWithTheFocusShareAndCarriesItsHeadcount()
    {
        var report = Reports.Full();
        var chart = Chart(Html(report), "chart-representation");

        var bars = chart.Elements(Xhtml + "g").Where(g => g.Elements(Xhtml + "rect").Any()).ToList();
        var applicable = report.Representation.Rows.Where(r => r.Applicable).ToList();
        Assert.Equal(applicable.Count, bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var labels = bars[i].Elements(Xhtml + "text").Select(t => t.Value).ToList();
            Assert.Equal("n = " + applicable[i].Counts.Total.ToString(CultureInfo.InvariantCulture), labels[^1]);
        }

        // Clinical Band 5: 60 White, 30 BME, 10 Unknown of 100: BME first from the left edge, 30% of 400.
        var band5 = bars.Single(g => g.Element(Xhtml + "title")!.Value.StartsWith("Clinical staff, Band 5:", StringComparison.Ordinal));
        Assert.Equal(["30.0%", "n = 100"], band5.Elements(Xhtml + "text").Select(t => t.Value));
        var rects = band5.Elements(Xhtml + "rect").ToList();
        Assert.Equal([(225.0, 120.0), (345.0, 240.0), (585.0, 40.0)], rects.Select(r => (Number(r, "x"), Number(r, "width"))));
        Assert.Equal(["#ae2573", "#a9cbee", "#768692"], rects.Select(r => (string)r.Attribute("fill")!));
    }

    [Fact]
    public void Write_PublishRepresentation_HeadcountsArePublishedAndRowsNotShownHaveNone()
    {
        // Non-clinical Band 3 holds 25 White and 5 BME: the 5 is suppressed, so the row has no bar and no headcount; clinical
        // Band 5's 100 is published as 100, and the whole workforce's 163 as 165 (never 163).
        var chart = Chart(Html(Reports.Full(), Published), "chart-representation");

        var bars = chart.Elements(Xhtml + "g").Where(g => g.Elements(Xhtml + "rect").Any()).ToDictionary(g => g.Element(Xhtml + "title")!.Value.Split(':')[0], g => g.Elements(Xhtml + "text").Last().Value);
        Assert.Equal("n = 100", bars["Clinical staff, Band 5"]);
        Assert.Equal("n = 165", bars["Whole workforce, All"]);
        Assert.DoesNotContain("Non-clinical staff, Band 3", bars.Keys);
        Assert.DoesNotContain(chart.Descendants(Xhtml + "text"), t => t.Value == "n = 163");
        Assert.Contains(chart.Descendants(Xhtml + "text"), t => t.Value == "not published: a count in this row is not shown");
    }

    [Fact]
    public void Write_Board_EachBarCarriesItsCounts()
    {
        // Whole board 2 BME of 6; voting 2 of 5; non-voting 0 of 1; executive 1 of 3; non-executive 1 of 3; workforce 46 of 163.
        var chart = Chart(Html(Reports.Full()), "chart-board");

        var marks = chart.Elements(Xhtml + "g").ToDictionary(g => g.Element(Xhtml + "title")!.Value.Split(':')[0], g => g.Elements(Xhtml + "text").Select(t => t.Value).ToList());
        Assert.Equal(["28.2%", "46 of 163"], marks["Workforce"]);
        Assert.Equal(["33.3%", "2 of 6"], marks["Whole board"]);
        Assert.Equal(["40.0%", "2 of 5"], marks["Voting members"]);
        Assert.Equal(["0.0%", "0 of 1"], marks["Non-voting members"]);
        Assert.Equal(["33.3%", "1 of 3"], marks["Executive members"]);
        Assert.Equal(["33.3%", "1 of 3"], marks["Non-executive members"]);
        Assert.Contains(chart.Descendants(Xhtml + "text"), t => t.Value == "BME of all");

        // Bars are 400 wide at 100%: 2 of 6 is 133.33.
        var whole = chart.Elements(Xhtml + "g").Single(g => g.Element(Xhtml + "title")!.Value.StartsWith("Whole board:", StringComparison.Ordinal));
        Assert.Equal(133.33, Number(whole.Element(Xhtml + "rect")!, "width"));
        Assert.Equal("Whole board: BME 33.3%, 2 of 6 members", whole.Element(Xhtml + "title")!.Value);
    }

    [Fact]
    public void Write_PublishBoard_CountsArePublishedAndSharesNeedingAHiddenCountAreNotDrawn()
    {
        // Board counts of 1 to 7 are *, the board's size is public: no bar for a subset with a count not shown.
        var chart = Chart(Html(Reports.Full(), Published), "chart-board");

        var marks = chart.Elements(Xhtml + "g").ToDictionary(g => g.Element(Xhtml + "title")!.Value, g => g);
        Assert.Equal(["27.3%", "45 of 165"], marks["Workforce: BME 27.3%, 45 of 165 people"].Elements(Xhtml + "text").Select(t => t.Value));
        var whole = marks["Whole board: BME share not shown, * of 6 members"];
        Assert.Empty(whole.Elements(Xhtml + "rect"));
        Assert.Equal(["not published: a count is not shown", "* of 6"], whole.Elements(Xhtml + "text").Select(t => t.Value));
        Assert.Contains("Voting members: BME share not shown, * of 5 members", marks.Keys);
        Assert.DoesNotContain(chart.Descendants(Xhtml + "text"), t => t.Value is "2 of 6" or "2 of 5" or "1 of 3");
    }

    [Fact]
    public void Write_Wdes_ChartsShowTheDisabledShareLineAndCounts()
    {
        // WDES full dataset: disability follows the same groups, 46 disabled of 163; clinical cluster 2 (Bands 5-7) holds 130.
        var html = Html(Reports.Full(EqualityStandard.Wdes));

        var representation = Chart(html, "chart-representation");
        Assert.Contains(representation.Descendants(Xhtml + "title"), t => t.Value == "Workforce share: Disabled 28.2% of 163 people");
        Assert.Contains(representation.Descendants(Xhtml + "text"), t => t.Value == "Disabled %");
        Assert.Contains(representation.Descendants(Xhtml + "text"), t => t.Value == "n = 130");
        var board = Chart(html, "chart-board");
        Assert.Contains(board.Descendants(Xhtml + "text"), t => t.Value == "Disabled of all");
        Assert.Contains(board.Descendants(Xhtml + "title"), t => t.Value == "Whole board: Disabled 33.3%, 2 of 6 members");
        var boardPage = MainOf(html).Elements().First();
        Assert.Equal("board-page", (string?)boardPage.Attribute("class"));
        Assert.DoesNotContain(boardPage.Descendants(Xhtml + "li"), li => li.Value.StartsWith("Model Employer", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_PrintStyles_A4BoardPageOnItsOwnNothingSplitHeadersRepeatedScreenChromeHidden()
    {
        var style = Parse(Html(Reports.Full())).Descendants(Xhtml + "style").Single().Value;

        Assert.Matches(@"@page \{ size: A4; margin: [^;}]+; \}", style);
        var print = PrintRules().Match(style);
        Assert.True(print.Success, "An @media print block.");
        var rules = print.Groups[1].Value;
        Assert.Contains(".board-page { break-after: page;", rules, StringComparison.Ordinal);
        Assert.Contains("table, figure, .caution, li { break-inside: avoid; }", rules, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", rules, StringComparison.Ordinal);
        Assert.Contains("tr { break-inside: avoid; }", rules, StringComparison.Ordinal);
        Assert.Contains("p, li { orphans: 3; widows: 3; break-inside: avoid; }", rules, StringComparison.Ordinal);
        Assert.Contains("p:has(+ figure), p:has(+ .table-wrap) { break-after: avoid; }", rules, StringComparison.Ordinal);
        Assert.Contains(".screen-only { display: none; }", rules, StringComparison.Ordinal);
        Assert.Contains("h2 { ", rules, StringComparison.Ordinal);
        Assert.Contains("break-after: avoid;", rules, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"@media print \{\n((?:  .*\n)+)\}")]
    private static partial Regex PrintRules();

    [Fact]
    public void Write_OtherThresholds_TheLikelihoodChartShadesTheBandTheRatiosWereJudgedBy()
    {
        var options = new WresOptions();
        options.Statistics.LowerThreshold = 0.9m;
        options.Statistics.UpperThreshold = 1.1m;

        var chart = Chart(Html(Reports.Full(options: options)), "chart-likelihoods");
        var usual = Chart(Html(Reports.Full()), "chart-likelihoods");

        Assert.Contains(chart.Descendants(Xhtml + "text"), t => t.Value == "Shaded: the four-fifths range (0.90 to 1.10). Above 1 is adverse to BME staff.");
        Assert.Equal(["0.90", "1.10"], chart.Descendants(Xhtml + "text").Select(t => t.Value).Where(v => v is "0.90" or "1.10"));
        Assert.Contains(usual.Descendants(Xhtml + "text"), t => t.Value == "Shaded: the four-fifths range (0.80 to 1.25). Above 1 is adverse to BME staff.");
        var band = chart.Descendants(Xhtml + "rect").First();
        var usualBand = usual.Descendants(Xhtml + "rect").First();
        Assert.True(Number(band, "width") < Number(usualBand, "width"), "A narrower band is drawn narrower.");
    }
}
