using Wres.Core;
using Wres.Core.RollUp;
using Wres.Esr;
using Wres.Reporting;
using Wres.Synthetic;

namespace Wres.Excel.Tests;

public sealed class ExcelReportWriterTests
{
    private static readonly SyntheticTrustOptions Trust = new() { StaffCount = 1500, Seed = 41 };
    private static readonly Lazy<WresReport> Wres = new(() => Report(Trust, EqualityStandard.Wres));
    private static readonly Lazy<WresReport> Wdes = new(() => Report(Trust, EqualityStandard.Wdes));

    private static WresReport Report(SyntheticTrustOptions options, EqualityStandard standard) =>
        new WresFileReader().Read(TrustWorkbooks.Csv(options), ReportingYear.EndingIn(options.YearEnd), standard).ToReport("Test Trust");

    private static WorkbookContent Written(WresReport report, ReportWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        ExcelReportWriter.Write(report, stream, options);
        return WorkbookContent.Read(stream.ToArray());
    }

    private static WorkbookContent Written(RollUpReport report, ReportWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        ExcelReportWriter.Write(report, stream, options);
        return WorkbookContent.Read(stream.ToArray());
    }

    [Fact]
    public void Write_Report_HasTheTemplateSheetsAndPassesTheValidator()
    {
        var book = Written(Wres.Value);

        Assert.Empty(book.Errors);
        Assert.Equal(
            ["Summary", "Indicator 1", "Indicator 2", "Indicator 2 by post", "Indicator 3", "Indicator 4", "Indicators 5-8 (survey)", "Indicator 9", "Data quality"],
            book.Sheets.Keys);
        Assert.All(book.Sheets.Keys, name => Assert.NotNull(book.FrozenAt[name]));
    }

    [Fact]
    public void Write_Report_TheModelEmployerRowsOfTheCsvMakeNoSurveyRowOrSheet()
    {
        // The CSV the workbook is built from has ModelEmployer rows after indicator 1; they are not an indicator.
        var book = Written(Wres.Value, new ReportWriterOptions { Detail = true });

        Assert.Contains("ModelEmployer", ReportWriter.ToString(Wres.Value, ReportFormat.Csv), StringComparison.Ordinal);
        Assert.DoesNotContain(book.Sheets.Values.SelectMany(sheet => sheet.Values).SelectMany(row => row.Values), cell => cell.Text?.Contains("Model Employer", StringComparison.Ordinal) == true);
        Assert.Equal(
            ["Summary", "Indicator 1", "Indicator 2", "Indicator 2 by post", "Indicator 2 by detailed group", "Indicator 3", "Indicator 4", "Indicators 5-8 (survey)", "Indicator 9", "Data quality"],
            book.Sheets.Keys);
    }

    [Fact]
    public void Write_Report_Indicator1CellsHoldEveryRowsCountsAndPercentages()
    {
        var report = Wres.Value;

        var table = Written(report).Table("Indicator 1");

        var expected = report.Representation.Rows.Select(r => (r.Label, r.Counts.Reference, r.Counts.Focus, r.Counts.Unknown, r.Counts.Total)).Order().ToList();
        var actual = table.Select(r => (r["Band"].Text!, (int)r["White"].Number!, (int)r["BME"].Number!, (int)r["Unknown"].Number!, (int)r["Total"].Number!)).Order().ToList();
        Assert.Equal(expected, actual);
        var band = report.Representation.Rows.First(r => r.Counts.Total > 0 && r.Counts.Focus > 0);
        var cell = table.First(r => r["Band"].Text == band.Label && (int)r["Total"].Number! == band.Counts.Total)["BME %"];
        Assert.Equal(band.FocusPercent!.Value / 100.0, cell.Number!.Value, 12);
        Assert.Equal((uint)4, cell.Style);
    }

    [Fact]
    public void Write_Report_Indicator2ByPostHoldsEveryRowsCountsAndRatio()
    {
        var report = Wres.Value;
        var appointment = report.Appointment;

        var table = Written(report).Table("Indicator 2 by post");

        var expected = appointment.ByPayBand!.Select(r => ("Pay band", r)).Concat(appointment.ByStaffGroup!.Select(r => ("Staff group", r))).ToList();
        Assert.Equal(expected.Count, table.Count);
        foreach (var ((by, row), cells) in expected.Zip(table))
        {
            Assert.Equal((by, row.Label), (cells["By"].Text, cells["Pay band or staff group"].Text));
            Assert.Equal((row.Reference.Events, row.Focus.Base), ((int)cells["White events"].Number!, (int)cells["BME base"].Number!));
            Assert.Equal(row.RelativeLikelihood.Ratio, Number(cells, "Relative likelihood"));
            Assert.Equal(row.RelativeLikelihood.PValue, Number(cells, "p-value"));
        }

        Assert.Contains(table, cells => Number(cells, "Relative likelihood") is null);
        Assert.Contains(table, cells => Number(cells, "Relative likelihood") is not null);

        Assert.Equal(3, Written(report).Table("Summary").Count(r => r["Figure"].Text!.EndsWith("(relative likelihood)", StringComparison.Ordinal)));
    }

    /// <summary>A cell's number; <see langword="null"/> when the cell is empty (then the row has no such key).</summary>
    private static double? Number(Dictionary<string, WorkbookValue> cells, string column) => cells.TryGetValue(column, out var cell) ? cell.Number : null;

    [Fact]
    public void Write_ReportWithDetail_SheetOfTheDetailedGroups()
    {
        var report = Wres.Value;

        var table = Written(report, new ReportWriterOptions { Detail = true }).Table("Indicator 2 by detailed group");

        Assert.Equal(report.Appointment.ByDetailedGroup!.Select(d => (d.Group.ToString(), d.Proportion.Events, d.Proportion.Base)), table.Select(r => (r["Detailed group"].Text!, (int)r["Events"].Number!, (int)r["Base"].Number!)));
        Assert.DoesNotContain("Indicator 2 by detailed group", Written(report).Sheets.Keys);
    }

    [Fact]
    public void Write_Report_LikelihoodCellsHoldTheRatioIntervalAndCounts()
    {
        var report = Wres.Value;
        var appointment = report.Appointment;
        var ratio = appointment.RelativeLikelihood!;

        var row = Assert.Single(Written(report).Table("Indicator 2"));

        Assert.Equal(ratio.Ratio, row["Relative likelihood"].Number);
        Assert.Equal(ratio.Interval!.Value.Lower, row["Lower 95%"].Number);
        Assert.Equal(ratio.Interval.Value.Upper, row["Upper 95%"].Number);
        Assert.Equal(ratio.PValue, row["p-value"].Number);
        Assert.Equal(appointment.Focus.Events, (int)row["BME events"].Number!);
        Assert.Equal(appointment.Reference.Base, (int)row["White base"].Number!);
        Assert.Equal(appointment.Focus.Value!.Value, row["BME likelihood"].Number!.Value, 12);
        Assert.Equal((uint)5, row["Relative likelihood"].Style);
        Assert.Equal((uint)4, row["BME likelihood"].Style);
    }

    [Fact]
    public void Write_Report_SummaryHoldsTheHeadlineFigures()
    {
        var report = Wres.Value;

        var book = Written(report);
        var table = book.Table("Summary");

        Assert.Equal("Workforce Race Equality Standard", book.Sheets["Summary"][1][0].Text);
        Assert.Equal(report.Workforce!.Value.Total, (int)table.Single(r => r["Figure"].Text == "Staff in post")["Value"].Number!);
        var ratios = table.Where(r => r["Figure"].Text!.EndsWith("(relative likelihood)", StringComparison.Ordinal)).Select(r => r["Value"].Number).ToList();
        Assert.Equal([report.Appointment.RelativeLikelihood!.Ratio, report.FormalProcess.RelativeLikelihood!.Ratio, report.Training!.RelativeLikelihood!.Ratio], ratios);
    }

    [Fact]
    public void Write_Report_DataQualityHoldsEachInputsReconciliation()
    {
        var report = Wres.Value;

        var table = Written(report).Table("Data quality");

        foreach (var source in report.DataQuality.Sources)
        {
            var read = table.Single(r => r["File"].Text == source.Source && r["Item"].Text == "RowsRead");
            Assert.Equal(source.RowsRead, (int)read["Value or line"].Number!);
            var rejected = table.Single(r => r["File"].Text == source.Source && r["Item"].Text == "RowsRejected");
            Assert.Equal(source.RowsRejected, (int)rejected["Value or line"].Number!);
        }
    }

    [Fact]
    public void Write_Published_NoSuppressedCountHasAPercentageBesideItAndShownCountsAreRounded()
    {
        var book = Written(Wres.Value, new ReportWriterOptions { Publish = true });

        Assert.Empty(book.Errors);
        var rows = book.Table("Indicator 1");
        var suppressed = 0;
        foreach (var row in rows)
        {
            var counts = new[] { "White", "BME", "Unknown", "Total" }.Where(row.ContainsKey).Select(k => row[k]).ToList();
            if (counts.Any(c => c.Text is not null))
            {
                suppressed++;
                Assert.DoesNotContain("White %", row.Keys);
                Assert.DoesNotContain("BME %", row.Keys);
                Assert.DoesNotContain("Unknown %", row.Keys);
            }

            Assert.All(counts.Where(c => c.Number is not null), c => Assert.Equal(0, c.Number!.Value % 5));
        }

        Assert.True(suppressed > 0, "the sample trust has small bands, so some counts are suppressed");
        Assert.Contains(book.Sheets["Summary"].Values.SelectMany(r => r.Values), c => c.Text?.StartsWith("Published with disclosure control", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Write_Wdes_UsesMetricsAndTheDisabilityGroups()
    {
        var report = Wdes.Value;

        var book = Written(report);

        Assert.Empty(book.Errors);
        Assert.Equal("Workforce Disability Equality Standard", book.Sheets["Summary"][1][0].Text);
        Assert.Contains("Metric 2", book.Sheets.Keys);
        Assert.Contains("Metric 10", book.Sheets.Keys);
        var row = Assert.Single(book.Table("Metric 2"));
        Assert.Equal(report.Appointment.RelativeLikelihood!.Ratio, row["Relative likelihood"].Number);
        Assert.Contains("Disabled events", row.Keys);
    }

    [Fact]
    public void Write_RollUp_HasAnOrganisationColumnWithEveryOrganisationsFigures()
    {
        var options = new SyntheticTrustOptions { StaffCount = 1500, Seed = 43, Organisations = 3 };
        var rollUp = new WresFileReader().ReadByOrganisation(TrustWorkbooks.Csv(options), ReportingYear.EndingIn(options.YearEnd)).ToReport("Group");

        var book = Written(rollUp);

        Assert.Empty(book.Errors);
        var rows = book.Table("Indicator 2");
        Assert.Equal(["All organisations", .. rollUp.Organisations.Select(o => o.Organisation!)], rows.Select(r => r["Organisation"].Text!));
        Assert.Equal(
            [rollUp.Combined.Appointment.RelativeLikelihood?.Ratio, .. rollUp.Organisations.Select(o => o.Appointment.RelativeLikelihood?.Ratio)],
            rows.Select(r => r.TryGetValue("Relative likelihood", out var v) ? v.Number : null));
    }

    [Fact]
    public void Write_ComparedWithLastYear_ShowsLastYearsFigureAndTheChange()
    {
        var current = Wres.Value;
        var last = Report(new SyntheticTrustOptions { StaffCount = 1400, Seed = 42, YearEnd = 2025 }, EqualityStandard.Wres);
        var previous = PreviousReport.Parse(ReportWriter.ToString(last, ReportFormat.Json));

        var book = Written(current, new ReportWriterOptions { CompareWith = previous });

        Assert.Empty(book.Errors);
        var row = Assert.Single(book.Table("Indicator 2"));
        Assert.Equal(last.Appointment.RelativeLikelihood!.Ratio!.Value, row["Last year relative likelihood"].Number!.Value, 12);
        Assert.Equal(current.Appointment.RelativeLikelihood!.Ratio!.Value - last.Appointment.RelativeLikelihood.Ratio.Value, row["Change in relative likelihood"].Number!.Value, 9);
        Assert.Contains(book.Table("Summary"), r => r.ContainsKey("Last year") && r.ContainsKey("Change"));
    }

    [Fact]
    public async Task WriteAsync_Report_WritesTheSameCells()
    {
        using var stream = new MemoryStream();
        await ExcelReportWriter.WriteAsync(Wres.Value, stream);

        var book = WorkbookContent.Read(stream.ToArray());

        Assert.Empty(book.Errors);
        Assert.Equal(Written(Wres.Value).Table("Indicator 2")[0]["Relative likelihood"], book.Table("Indicator 2")[0]["Relative likelihood"]);
    }

    [Fact]
    public void Write_DataQualityOnly_WritesTheSummaryAndDataQuality()
    {
        var book = Written(Wres.Value, new ReportWriterOptions { DataQualityOnly = true });

        Assert.Empty(book.Errors);
        Assert.Equal(["Summary", "Data quality"], book.Sheets.Keys);
    }
}
