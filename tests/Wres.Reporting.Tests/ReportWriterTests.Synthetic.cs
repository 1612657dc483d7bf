using System.Text.Json;
using System.Xml.Linq;
using Wres.Core;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests;

/// <summary>A report computed from synthetic data says so in its title in every format, and JSON carries <c>"synthetic": true</c>.</summary>
public partial class ReportWriterTests
{
    private const string SyntheticTitle = "WRES report 2025/26: Example NHS Trust (synthetic sample data)";

    private static readonly ReportWriterOptions SyntheticOptions = new() { Synthetic = true };

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    public void Write_SyntheticAsTextOrMarkdown_TitleSaysSyntheticAndACautionFollows(ReportFormat format)
    {
        var lines = ReportWriter.ToString(Reports.Full(), format, SyntheticOptions).Split('\n');

        Assert.EndsWith(SyntheticTitle, lines[0], StringComparison.Ordinal);
        Assert.Contains(lines.Take(6), line => line.Contains("Synthetic sample data: every figure in this report is computed from made-up records", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SyntheticAsHtml_PageTitleAndHeadingSaySynthetic()
    {
        var page = XDocument.Parse(ReportWriter.ToString(Reports.Full(), ReportFormat.Html, SyntheticOptions));
        XNamespace x = "http://www.w3.org/1999/xhtml";

        Assert.Equal(SyntheticTitle, page.Descendants(x + "title").First().Value);
        Assert.Equal(SyntheticTitle, page.Descendants(x + "h1").Single().Value);
        Assert.StartsWith("Synthetic sample data:", page.Descendants(x + "p").First(p => (string?)p.Attribute("class") == "caution").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SyntheticAsCsv_TitleAndSyntheticRows()
    {
        var records = Csv.Parse(ReportWriter.ToString(Reports.Full(), ReportFormat.Csv, SyntheticOptions));

        Assert.Equal(SyntheticTitle, records.Single(r => r[0] == "Report" && r[3] == "Title")[11]);
        Assert.Equal("Yes", records.Single(r => r[0] == "Report" && r[3] == "Synthetic")[11]);
    }

    [Fact]
    public void Write_NotSyntheticAsCsv_TitleWithoutTheWordsAndNoSyntheticRow()
    {
        var records = Csv.Parse(ReportWriter.ToString(Reports.Full(), ReportFormat.Csv));

        Assert.Equal("WRES report 2025/26: Example NHS Trust", records.Single(r => r[0] == "Report" && r[3] == "Title")[11]);
        Assert.DoesNotContain(records, r => r[0] == "Report" && r[3] == "Synthetic");
    }

    [Fact]
    public void Write_SyntheticAsJson_TopLevelSyntheticTrueValidAgainstTheSchema()
    {
        var root = JsonDocument.Parse(Schemas.Json(Reports.Full(), SyntheticOptions)).RootElement;

        Assert.True(root.GetProperty("synthetic").GetBoolean());
        Assert.Equal("year", root.EnumerateObject().Select(p => p.Name).TakeWhile(n => n != "synthetic").Last());
    }

    [Fact]
    public void Write_NotSyntheticAsJson_HasNoSyntheticKey()
    {
        var root = JsonDocument.Parse(Schemas.Json(Reports.Full())).RootElement;

        Assert.False(root.TryGetProperty("synthetic", out _));
    }

    [Fact]
    public void Write_SyntheticRollUp_EveryReportIsMarked()
    {
        var options = new ReportWriterOptions { Synthetic = true };
        var root = JsonDocument.Parse(Schemas.Json(RollUps.Two(), options)).RootElement;

        Assert.True(root.GetProperty("synthetic").GetBoolean());
        Assert.All(root.GetProperty("organisations").EnumerateArray(), o => Assert.True(o.GetProperty("synthetic").GetBoolean()));
        Assert.EndsWith("(synthetic sample data)", ReportWriter.ToString(RollUps.Two(), ReportFormat.Text, options).Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SyntheticDataQualityOnly_StillSaysSo()
    {
        var options = new ReportWriterOptions { Synthetic = true, DataQualityOnly = true };

        Assert.True(JsonDocument.Parse(Schemas.Json(Reports.Full(), options)).RootElement.GetProperty("synthetic").GetBoolean());
        Assert.StartsWith(SyntheticTitle, ReportWriter.ToString(Reports.Full(), ReportFormat.Text, options), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntheticReport_ReadsAsAnyOther()
    {
        var previous = PreviousReport.Parse(Schemas.Json(Reports.Full(), SyntheticOptions));

        Assert.Equal(EqualityStandard.Wres, previous.Standard);
        Assert.Equal(Reports.Organisation, previous.Organisation);
    }
}
