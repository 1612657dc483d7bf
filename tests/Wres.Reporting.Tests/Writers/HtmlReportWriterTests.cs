using System.Text.RegularExpressions;
using System.Xml.Linq;
using Wres.Core;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

public partial class HtmlReportWriterTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static string Html(WresReport report, ReportWriterOptions? options = null) => ReportWriter.ToString(report, ReportFormat.Html, options);

    private static XDocument Parse(string html) => XDocument.Parse(html);

    [GeneratedRegex(@"https?://[^\s""'<>)]*", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [Fact]
    public void Write_FullReport_IsWellFormedXhtmlWithTitleAndLanguage()
    {
        var html = Html(Reports.Full());
        var document = Parse(html);

        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var root = document.Root!;
        Assert.Equal(Xhtml + "html", root.Name);
        Assert.Equal("en", (string?)root.Attribute("lang"));
        Assert.Equal("WRES report 2025/26: Example NHS Trust", root.Element(Xhtml + "head")!.Element(Xhtml + "title")!.Value);
        Assert.Equal("WRES report 2025/26: Example NHS Trust", document.Descendants(Xhtml + "h1").Single().Value);
    }

    [Theory]
    [InlineData("full")]
    [InlineData("published")]
    [InlineData("wdes")]
    [InlineData("compared")]
    [InlineData("roll-up")]
    [InlineData("data quality")]
    public void Write_EveryKindOfPage_IsSelfContained(string page)
    {
        var html = page switch
        {
            "published" => Html(Reports.Full(), new ReportWriterOptions { Publish = true }),
            "wdes" => Html(Reports.Full(EqualityStandard.Wdes)),
            "compared" => Html(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous())),
            "roll-up" => ReportWriter.ToString(RollUps.Two(), ReportFormat.Html),
            "data quality" => Html(Reports.Full(), new ReportWriterOptions { DataQualityOnly = true }),
            _ => Html(Reports.Full()),
        };
        var document = Parse(html);

        Assert.All(Url().Matches(html), match => Assert.Equal("http://www.w3.org/1999/xhtml", match.Value));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<object", html, StringComparison.OrdinalIgnoreCase);
        var attributes = document.Descendants().Attributes().ToList();
        Assert.DoesNotContain(attributes, a => a.Name.LocalName is "src" or "srcset" or "data" or "action");
        Assert.All(attributes.Where(a => a.Name.LocalName == "href"), a => Assert.StartsWith("#", a.Value, StringComparison.Ordinal));
        var ids = attributes.Where(a => a.Name.LocalName == "id").Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(attributes.Where(a => a.Name.LocalName == "href"), a => Assert.Contains(a.Value[1..], ids));
        Assert.Single(document.Descendants(Xhtml + "style"));
    }

    [Fact]
    public void Write_FullReport_HasThreeAccessibleSvgCharts()
    {
        var document = Parse(Html(Reports.Full()));

        var charts = document.Descendants(Xhtml + "svg").ToList();
        Assert.Equal(3, charts.Count);
        foreach (var chart in charts)
        {
            Assert.Equal("img", (string?)chart.Attribute("role"));
            var ids = ((string)chart.Attribute("aria-labelledby")!).Split(' ');
            var title = chart.Element(Xhtml + "title")!;
            var description = chart.Element(Xhtml + "desc")!;
            Assert.Equal([(string)title.Attribute("id")!, (string)description.Attribute("id")!], ids);
            Assert.False(string.IsNullOrWhiteSpace(title.Value));
            Assert.False(string.IsNullOrWhiteSpace(description.Value));
        }

        Assert.Equal(3, document.Descendants(Xhtml + "circle").Count());
    }

    [Fact]
    public void Write_HostileOrganisation_IsEscaped()
    {
        const string Organisation = "<script>alert(1)</script> & 'Co' \"Ltd\"";

        var html = Html(Reports.Full(organisation: Organisation));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;Co&#39; &quot;Ltd&quot;", html, StringComparison.Ordinal);
        Assert.Equal("WRES report 2025/26: " + Organisation, Parse(html).Descendants(Xhtml + "h1").Single().Value);
    }

    [Fact]
    public void Write_UndefinedRatio_NamedWithReasonAndNotPlotted()
    {
        var document = Parse(Html(Reports.UndefinedAppointment()));

        var chart = document.Descendants(Xhtml + "svg").Single();
        Assert.Empty(chart.Descendants(Xhtml + "circle"));
        Assert.Contains(chart.Descendants(Xhtml + "text"), t => t.Value == "not defined: the BME likelihood is 0, so the ratio would divide by zero");
        Assert.Contains(document.Descendants(Xhtml + "li"), li => li.Value.StartsWith("Relative likelihood (White ÷ BME): not defined", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Tables_HaveCaptionsAndColumnHeaders()
    {
        var tables = Parse(Html(Reports.Full())).Descendants(Xhtml + "table").ToList();

        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            Assert.False(string.IsNullOrWhiteSpace(table.Element(Xhtml + "caption")?.Value));
            var headers = table.Element(Xhtml + "thead")!.Descendants(Xhtml + "th").ToList();
            Assert.All(headers, th => Assert.Equal("col", (string?)th.Attribute("scope")));
            foreach (var row in table.Element(Xhtml + "tbody")!.Elements(Xhtml + "tr"))
            {
                Assert.Equal(headers.Count, row.Elements().Count());
                Assert.Equal("row", (string?)row.Elements().First().Attribute("scope"));
            }
        }
    }

    [Fact]
    public void Write_NothingSupplied_SaysNotProvidedAndDrawsOnlyTheLikelihoodChart()
    {
        var document = Parse(Html(Reports.Empty()));

        Assert.Single(document.Descendants(Xhtml + "svg"));
        Assert.Contains(document.Descendants(Xhtml + "p"), p => p.Value == "Not provided: the board file was not supplied.");
        Assert.Contains(document.Descendants(Xhtml + "text"), t => t.Value == "not provided");
    }

    [Fact]
    public void Write_Representation_DrawsOneBarGroupPerApplicableRow()
    {
        var report = Reports.Full();
        var chart = Parse(Html(report)).Descendants(Xhtml + "svg").Single(s => ((string)s.Attribute("aria-labelledby")!).StartsWith("chart-representation", StringComparison.Ordinal));

        var bars = chart.Elements(Xhtml + "g").Where(g => g.Elements(Xhtml + "rect").Any()).ToList();
        Assert.Equal(report.Representation.Rows.Count(r => r.Applicable), bars.Count);
        Assert.Contains(bars, g => g.Element(Xhtml + "title")!.Value == "Medical and dental staff, Consultants: White 33.3%, BME 33.3%, Unknown 33.3% of 3 people");
    }

    [Fact]
    public void Write_CompareWith_WellFormedWithLastYearAndChangeColumns()
    {
        var document = Parse(Html(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous())));

        var workforce = document.Descendants(Xhtml + "table").First(t => t.Element(Xhtml + "caption")!.Value.StartsWith("People in the workforce", StringComparison.Ordinal));
        Assert.Equal(
            ["Group", "People", "% of workforce", "Last year: people", "Last year: %", "Change: people", "Change: pp"],
            workforce.Descendants(Xhtml + "thead").Single().Descendants(Xhtml + "th").Select(th => th.Value));
        var bme = workforce.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Single(tr => tr.Elements().First().Value == "BME");
        Assert.Equal(["BME", "261", "26.1", "240", "24.0", "+21", "+2.1 pp"], bme.Elements().Select(cell => cell.Value));
        Assert.Contains(document.Descendants(Xhtml + "li"), li => li.Value == "Change: +0.30; 95% confidence intervals overlap: the change may be chance");
    }

    [Fact]
    public void WriteRollUp_OnePageWithUniqueIdsAndASectionPerReport()
    {
        var html = ReportWriter.ToString(RollUps.Two(), ReportFormat.Html);
        var document = Parse(html);

        Assert.Equal("WRES report 2025/26: " + RollUps.Name, document.Root!.Element(Xhtml + "head")!.Element(Xhtml + "title")!.Value);
        Assert.Equal("WRES report 2025/26: " + RollUps.Name, document.Descendants(Xhtml + "h1").Single().Value);
        var ids = document.Descendants().Attributes("id").Select(a => a.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(
            document.Descendants().Attributes("aria-labelledby").SelectMany(a => a.Value.Split(' ')),
            id => Assert.Contains(id, ids));
        var sections = document.Descendants(Xhtml + "main").Single().Elements(Xhtml + "section").ToList();
        Assert.Equal(["organisations", "combined", "organisation-1", "organisation-2"], sections.Select(s => (string?)s.Attribute("aria-labelledby")));
        Assert.Equal(["Organisations at a glance", "Combined: " + RollUps.Name, "Organisation RXX01", "Organisation RXX02"], sections.Select(s => s.Element(Xhtml + "h2")!.Value));
        var small = sections[2];
        Assert.Contains("organisation-1-summary", small.Elements(Xhtml + "section").Select(s => (string?)s.Attribute("aria-labelledby")));
        Assert.Equal(2, small.Descendants(Xhtml + "svg").Count());
        Assert.Equal(3, sections[1].Descendants(Xhtml + "svg").Count());
        Assert.Equal(7, document.Descendants(Xhtml + "svg").Count());
        Assert.All(Url().Matches(html), match => Assert.Equal("http://www.w3.org/1999/xhtml", match.Value));
        Assert.Single(document.Descendants(Xhtml + "style"));
    }

    [Fact]
    public void WriteRollUp_AtAGlanceTable_HasARowPerOrganisationAndTheCombined()
    {
        var document = Parse(ReportWriter.ToString(RollUps.Two(), ReportFormat.Html));

        var table = document.Descendants(Xhtml + "table").First();
        Assert.StartsWith("Each organisation's workforce", table.Element(Xhtml + "caption")!.Value, StringComparison.Ordinal);
        var rows = table.Element(Xhtml + "tbody")!.Elements(Xhtml + "tr").Select(tr => tr.Elements().Select(cell => cell.Value).ToList()).ToList();
        Assert.Equal(["RXX01", "RXX02", "Combined"], rows.Select(r => r[0]));
        Assert.Equal(["RXX02", "163", "28.2", "2.67 (adverse to BME; small numbers)"], rows[1][..4]);
    }

    [Fact]
    public void Write_Publish_ChartBarsNoMoreExactThanTheirLabels()
    {
        // Representation bars are 400 px for 100%: at the page's 1 decimal place, a width is a multiple of 0.4 px.
        static List<double> BarWidths(string html) =>
            [.. RepresentationBar().Matches(html).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
        static bool OnTenths(double width) => Math.Abs((width / 0.4) - Math.Round(width / 0.4)) < 1e-6;

        var exact = BarWidths(Html(Reports.Full()));
        var published = BarWidths(Html(Reports.Full(), new ReportWriterOptions { Publish = true }));

        Assert.Contains(exact, width => !OnTenths(width));
        Assert.NotEmpty(published);
        Assert.All(published, width => Assert.True(OnTenths(width), width.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex("<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\" height=\"16\"")]
    private static partial Regex RepresentationBar();
}
