using System.Text.RegularExpressions;
using System.Xml.Linq;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

/// <summary>
/// Issue 11, a page for the board: the HTML report opens with the board page and prints on A4.
/// </summary>
public partial class HtmlReportWriterTests
{
    private static readonly ReportWriterOptions Published = new() { Publish = true };

    private static XElement MainOf(string html) => Parse(html).Descendants(Xhtml + "main").Single();

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
        Assert.Contains(".screen-only { display: none; }", rules, StringComparison.Ordinal);
        Assert.Contains("h2 { ", rules, StringComparison.Ordinal);
        Assert.Contains("break-after: avoid;", rules, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"@media print \{\n((?:  .*\n)+)\}")]
    private static partial Regex PrintRules();
}
