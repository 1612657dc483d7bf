using System.Globalization;
using System.Text.Json;
using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Reporting.Tests.Builders;
using Wres.Reporting.Tests.Publication;

namespace Wres.Reporting.Tests.Document;

/// <summary>Issue 11, <c>--detail</c> in text, Markdown and HTML: a table per segment of indicator 1 by detailed ethnic group beside White and BME.</summary>
public class RepresentationDetailTests
{
    private const string Caption = ": people by detailed ethnic group";

    private static readonly string[] Headers =
        ["Band or grade", "White British", "White Irish", "White other", "White", "Mixed", "Asian", "Black", "Chinese", "Other", "BME", "Unknown"];

    private static List<PageBlocks.Table> Tables(WresReport report, ReportFormat format, ReportWriterOptions options)
    {
        var text = ReportWriter.ToString(report, format, options);
        var blocks = format switch
        {
            ReportFormat.Text => PageBlocks.FromText(text),
            ReportFormat.Markdown => PageBlocks.FromMarkdown(text),
            _ => PageBlocks.FromHtml(text),
        };
        return [.. blocks.OfType<PageBlocks.Table>().Where(t => t.Caption.EndsWith(Caption, StringComparison.Ordinal))];
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Detail_EverySegment_HasATableOfItsRowsByDetailedGroup(ReportFormat format)
    {
        var report = Workforces.Report(5, EqualityStandard.Wres);

        var tables = Tables(report, format, new ReportWriterOptions { Detail = true });

        Assert.Equal(
            ["Indicator 1, non-clinical staff" + Caption, "Indicator 1, clinical staff" + Caption, "Indicator 1, medical and dental staff" + Caption, "Indicator 1, whole workforce" + Caption],
            tables.Select(t => t.Caption));
        var rows = tables.SelectMany(t => t.Rows).ToList();
        Assert.All(tables, table => Assert.Equal(Headers, table.Headers));
        Assert.Equal(report.Representation.Rows.Count, rows.Count);
        foreach (var (row, cells) in report.Representation.Rows.Zip(rows))
        {
            var detail = row.Detail!;
            string N(int value) => value.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(
                [row.Label,
                    N(detail[DetailedEthnicGroup.WhiteBritish]), N(detail[DetailedEthnicGroup.WhiteIrish]), N(detail[DetailedEthnicGroup.WhiteOther]), N(row.Counts.Reference),
                    N(detail[DetailedEthnicGroup.Mixed]), N(detail[DetailedEthnicGroup.Asian]), N(detail[DetailedEthnicGroup.Black]), N(detail[DetailedEthnicGroup.Chinese]),
                    N(detail[DetailedEthnicGroup.Other]), N(row.Counts.Focus), N(detail[DetailedEthnicGroup.Unknown])],
                cells);
        }
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Html)]
    public void Detail_NotAskedForOrWdes_NoTable(ReportFormat format)
    {
        Assert.Empty(Tables(Reports.Full(), format, new ReportWriterOptions()));
        Assert.Empty(Tables(Reports.Full(EqualityStandard.Wdes), format, new ReportWriterOptions { Detail = true }));
        Assert.Empty(Tables(Reports.Full(), format, new ReportWriterOptions { Detail = true, DataQualityOnly = true }));
    }

    [Fact]
    public void Detail_Published_TablesShowTheSameCellsAsJson()
    {
        var report = Workforces.Report(21, EqualityStandard.Wres);
        var options = new ReportWriterOptions { Detail = true, Publish = true };
        using var json = JsonDocument.Parse(ReportWriter.ToString(report, ReportFormat.Json, options));
        var rows = json.RootElement.GetProperty("indicators")[0].GetProperty("rows").EnumerateArray().ToList();

        var cells = Tables(report, ReportFormat.Text, options).SelectMany(t => t.Rows).ToList();

        Assert.Equal(rows.Count, cells.Count);
        foreach (var (row, shown) in rows.Zip(cells))
        {
            var detail = row.GetProperty("detail");
            string Cell(JsonElement parent, string key) => parent.GetProperty(key).ValueKind == JsonValueKind.Number
                ? parent.GetProperty(key).GetInt32().ToString(CultureInfo.InvariantCulture)
                : parent.TryGetProperty(key + "Withheld", out _) ? "withheld" : "*";
            Assert.Equal(
                [row.GetProperty("row").GetString()!,
                    Cell(detail, "WhiteBritish"), Cell(detail, "WhiteIrish"), Cell(detail, "WhiteOther"), Cell(row, "white"),
                    Cell(detail, "Mixed"), Cell(detail, "Asian"), Cell(detail, "Black"), Cell(detail, "Chinese"), Cell(detail, "Other"), Cell(row, "bme"), Cell(detail, "Unknown")],
                shown);
        }

        Assert.Contains(cells, c => c.Contains("*"));
    }
}
