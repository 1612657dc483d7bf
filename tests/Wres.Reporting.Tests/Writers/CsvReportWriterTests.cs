using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Reporting.Tests.Builders;
using Wres.Reporting.Writers;

namespace Wres.Reporting.Tests.Writers;

public partial class CsvReportWriterTests
{
    private static readonly string[] Header = ["Indicator", "Segment", "Row", "Measure", "White", "BME", "Unknown", "Total", "Value", "Lower95", "Upper95", "Text"];

    private static List<string[]> Records(WresReport report, ReportWriterOptions? options = null) =>
        Csv.Parse(ReportWriter.ToString(report, ReportFormat.Csv, options));

    private static string[] Record(List<string[]> records, string indicator, string measure, string row = "", string segment = "") =>
        records.Single(r => r[0] == indicator && r[3] == measure && r[2] == row && r[1] == segment);

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"Click\")")]
    [InlineData("+44 1234")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1:A9)")]
    public void Write_OrganisationStartingWithFormulaCharacter_IsPrefixedWithQuote(string organisation)
    {
        var records = Records(Reports.Full(organisation: organisation));

        Assert.Equal("'" + organisation, Record(records, "Report", "Organisation")[11]);
    }

    [Fact]
    public void Write_OrganisationNotStartingWithFormulaCharacter_IsUnchanged()
    {
        var records = Records(Reports.Full(organisation: "Trust = good"));

        Assert.Equal("Trust = good", Record(records, "Report", "Organisation")[11]);
    }

    [Fact]
    public void Write_NegativeGap_StaysAPlainNumber()
    {
        var text = ReportWriter.ToString(Reports.Full(), ReportFormat.Csv);
        var gap = Record(Csv.Parse(text), "7", "GapPercentagePoints");

        Assert.Equal("-13.5", gap[8]);
        Assert.Contains("7,,,GapPercentagePoints,,,,,-13.5,,,HigherIsBetter\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TextWithCommaQuoteAndLineBreak_IsQuotedAndReadsBack()
    {
        const string Organisation = "North, \"East\"\nand West Trust";

        var text = ReportWriter.ToString(Reports.Full(organisation: Organisation), ReportFormat.Csv);

        Assert.Contains(",\"North, \"\"East\"\"\nand West Trust\"\r\n", text, StringComparison.Ordinal);
        Assert.Equal(Organisation, Record(Csv.Parse(text), "Report", "Organisation")[11]);
    }

    [Fact]
    public void Write_Layout_OneHeaderThenRecordsOfTwelveFieldsEndingInCrlf()
    {
        var text = ReportWriter.ToString(Reports.Full(), ReportFormat.Csv);
        var records = Csv.Parse(text);

        Assert.Equal(Header, records[0]);
        Assert.All(records, r => Assert.Equal(12, r.Length));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.Single(records, r => r[0] == "Indicator");
    }

    [Fact]
    public void Write_Numbers_AreUnrounded()
    {
        var records = Records(Reports.Full());

        Assert.Equal("33.333333333333336", Record(records, "1", "Percent", "Consultants", "MedicalAndDental")[5]);
        Assert.Equal("2.6666666666666665", Record(records, "2", "RelativeLikelihood")[8]);
        Assert.Equal("0.075", Record(records, "2", "Likelihood")[5]);
    }

    [Fact]
    public void Write_EmptyRow_CountsZeroPercentagesEmptyAndMarkedNotApplicable()
    {
        var records = Records(Reports.Full());

        Assert.Equal(["0", "0", "0", "0"], Record(records, "1", "Count", "Band 9", "Clinical")[4..8]);
        var percent = Record(records, "1", "Percent", "Band 9", "Clinical");
        Assert.Equal(["", "", ""], percent[4..7]);
        Assert.Equal("NotApplicable", percent[11]);
    }

    [Fact]
    public void Write_Publish_CountsDisclosedFiguresAtThePagesPrecision()
    {
        var records = Records(Reports.Full(), new ReportWriterOptions { Publish = true });

        var events = Record(records, "2", "Events");
        Assert.Equal(("10", "*"), (events[4], events[5]));
        // Likelihoods are the published counts' (10 of 60); BME's 3 of 40 is suppressed, and so is what needs it.
        Assert.Equal(["0.167", "*"], Record(records, "2", "Likelihood")[4..6]);
        Assert.Equal(["*", "*", "*"], Record(records, "2", "RelativeLikelihood")[8..11]);
        Assert.Equal("not published: a count behind it is 7 or fewer", Record(records, "2", "Suppressed")[11]);
        // Rows read and counted (which can stand for a headcount) are rounded too; rejected rows stay exact.
        Assert.Equal("105", Record(records, "DataQuality", "RowsRead", segment: "recruitment")[8]);
        Assert.Equal("1", Record(records, "DataQuality", "RowsRejected", segment: "recruitment")[8]);

        // Indicator 4 (40 of 106 against 10 of 46): shown, with no more precision than the page.
        var ratio = Record(records, "4", "RelativeLikelihood");
        var training = Reports.Full().Training!.RelativeLikelihood!;
        Assert.Equal(Math.Round((decimal)training.Ratio!.Value, 2, MidpointRounding.AwayFromZero), decimal.Parse(ratio[8], CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round((decimal)training.Interval!.Value.Lower, 2, MidpointRounding.AwayFromZero), decimal.Parse(ratio[9], CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round((decimal)training.Interval!.Value.Upper, 2, MidpointRounding.AwayFromZero), decimal.Parse(ratio[10], CultureInfo.InvariantCulture));
        var percents = records.Where(r => r[3] == "Percent").SelectMany(r => r.Skip(4).Take(5)).Where(c => c.Length > 0 && c != "*").ToList();
        Assert.NotEmpty(percents);
        Assert.All(percents, cell => Assert.True(decimal.Parse(cell, CultureInfo.InvariantCulture).Scale <= 1, cell));
    }

    [Fact]
    public void Write_DataQualityIssue_HasCodeLineAndMessage()
    {
        var issue = Record(Records(Reports.Full()), "DataQuality", "Warning", "WRES206", "disciplinary");

        Assert.Equal("10", issue[8]);
        Assert.StartsWith("Employee Number: The case names an employee", issue[11], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5", true, "'-5")]
    [InlineData("-5", false, "-5")]
    [InlineData("=1,2", true, "\"'=1,2\"")]
    [InlineData("a\"b", true, "\"a\"\"b\"")]
    [InlineData("\tx", true, "'\tx")]
    [InlineData("plain", true, "plain")]
    [InlineData("", true, "")]
    public void Encode_Cell_NeutralisesTextOnlyAndQuotesWhenNeeded(string value, bool isText, string expected)
    {
        Assert.Equal(expected, CsvReportWriter.Encode(new CsvCell(value, isText)));
    }

    [Property]
    public Property Encode_AnyTextCell_ReadsBackAsTheTextNeutralised()
    {
        var texts = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => s.Replace("\r", string.Empty, StringComparison.Ordinal));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var cell = CsvCell.Text(text);
            var read = Csv.Parse(CsvReportWriter.Encode(cell) + "\r\n");
            var expected = cell.Value is { Length: > 0 } v && v[0] is '=' or '+' or '-' or '@' or '\t' ? "'" + v : cell.Value ?? string.Empty;
            return read.Count == 1 && read[0].Length == 1 && read[0][0] == expected;
        });
    }

    [Fact]
    public void Write_CompareWith_AddsPreviousAndChangeColumnsForTheHeadlineFigure()
    {
        var records = Records(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous()));

        Assert.Equal([.. Header, "Previous", "Change"], records[0]);
        Assert.All(records, record => Assert.Equal(14, record.Length));
        Assert.Equal("2024/25", Record(records, "Report", "ComparedWith")[11]);
        var percent = Record(records, "Workforce", "Percent");
        Assert.Equal(24.0, double.Parse(percent[12], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(2.1, double.Parse(percent[13], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(["240", "21"], Record(records, "Workforce", "Count")[12..]);
        var ratio = Record(records, "2", "RelativeLikelihood");
        Assert.Equal(1.2, double.Parse(ratio[12], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(0.3, double.Parse(ratio[13], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal("Yes", Record(records, "2", "IntervalsOverlap")[11]);
        Assert.Equal("NonAdverse", Record(records, "2", "Band")[12]);
        Assert.Equal(24.0, double.Parse(Record(records, "1", "Percent", "Band 5", "Clinical")[12], CultureInfo.InvariantCulture), 1e-9);
    }

    [Fact]
    public void Write_CompareWithNegativeChange_StaysAPlainNumber()
    {
        var thisYear = YearPair.Trust(Reports.Year, EqualityStandard.Wres, white: 760, bme: 240, whiteAppointed: 24, bmeAppointed: 20);
        var lastYear = YearPair.Read(YearPair.Trust(YearPair.LastYear, EqualityStandard.Wres, white: 739, bme: 261, whiteAppointed: 30, bmeAppointed: 20));

        var text = ReportWriter.ToString(thisYear, ReportFormat.Csv, YearPair.ComparedWith(lastYear));

        Assert.Contains("Workforce,,,Count,760,240,0,1000,,,,,261,-21\r\n", text, StringComparison.Ordinal);
        Assert.Equal("-21", Record(Csv.Parse(text), "Workforce", "Count")[13]);
    }

    /// <summary>A report's CSV lines without the header, each with <paramref name="organisation"/> (already encoded) and a comma in front.</summary>
    private static IEnumerable<string> Prefixed(WresReport report, string organisation, ReportWriterOptions? options = null) =>
        ReportWriter.ToString(report, ReportFormat.Csv, options).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => organisation + "," + line);

    [Fact]
    public void WriteRollUp_OrganisationColumnFirst_CombinedBlankThenEachOrganisationsCode()
    {
        var rollUp = RollUps.Two();

        var text = ReportWriter.ToString(rollUp, ReportFormat.Csv);

        var records = Csv.Parse(text);
        Assert.Equal(["Organisation", .. Header], records[0]);
        Assert.All(records, r => Assert.Equal(13, r.Length));
        Assert.Single(records, r => r[0] == "Organisation");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        List<string> expected = [.. Prefixed(rollUp.Combined, string.Empty), .. Prefixed(rollUp.Organisations[0], "RXX01"), .. Prefixed(rollUp.Organisations[1], "RXX02")];
        Assert.Equal(expected, lines);
        Assert.Equal(RollUps.Name, records.Single(r => r[0] == string.Empty && r[1] == "Report" && r[4] == "Organisation")[12]);
        Assert.Equal(["", "RXX01", "RXX02"], records.Skip(1).Select(r => r[0]).Distinct());
        Assert.Equal(["3", "2", "0", "5"], records.Single(r => r[0] == "RXX01" && r[1] == "Workforce" && r[4] == "Count")[5..9]);
    }

    [Fact]
    public void Write_SingleReport_HasNoOrganisationColumn()
    {
        var records = Records(Reports.Full());

        Assert.Equal(Header, records[0]);
        Assert.DoesNotContain("Organisation", records[0]);
    }

    [Fact]
    public void WriteRollUp_Publish_EveryOrganisationsCountsDisclosed()
    {
        var records = Csv.Parse(ReportWriter.ToString(RollUps.Two(), ReportFormat.Csv, new ReportWriterOptions { Publish = true }));

        Assert.Equal(["*", "*", "0", "*"], records.Single(r => r[0] == "RXX01" && r[1] == "Workforce" && r[4] == "Count")[5..9]);
        Assert.Equal(["*", "*", "*"], records.Single(r => r[0] == "RXX01" && r[1] == "Workforce" && r[4] == "Percent")[5..8]);
        Assert.Equal("Yes", records.Single(r => r[0] == "RXX02" && r[1] == "Report" && r[4] == "Published")[12]);
        Assert.Equal("170", records.Single(r => r[0] == string.Empty && r[1] == "Workforce" && r[4] == "Count")[8]);
    }

    [Fact]
    public void WriteRollUp_CompareWith_PreviousAndChangeOnEveryRowEmptyWhereNotCompared()
    {
        var records = Csv.Parse(ReportWriter.ToString(RollUps.Two(), ReportFormat.Csv, new ReportWriterOptions { CompareWith = RollUps.LastYear() }));

        Assert.Equal(["Previous", "Change"], records[0][^2..]);
        Assert.All(records, r => Assert.Equal(15, r.Length));
        var small = records.Single(r => r[0] == "RXX01" && r[1] == "Workforce" && r[4] == "Count");
        Assert.Equal(["2", "0"], small[^2..]);
        Assert.All(records.Where(r => r[0] == "RXX02"), r => Assert.Equal(["", ""], r[^2..]));
        Assert.DoesNotContain(records, r => r[0] == "RXX02" && r[4] == "ComparedWith");
        Assert.Contains(records, r => r[0] == "RXX01" && r[4] == "ComparedWith");
    }

    [Fact]
    public void WriteRollUp_OrganisationCodeStartingWithFormulaCharacter_IsNeutralised()
    {
        var rollUp = new WresCalculator().CreateRollUp(Reports.Year);
        rollUp.For("=CMD()").AddStaff(Reports.FullDataset(EqualityStandard.Wres).Staff!);

        var records = Csv.Parse(ReportWriter.ToString(rollUp.ToReport(), ReportFormat.Csv));

        Assert.Equal(["", "'=CMD()"], records.Skip(1).Select(r => r[0]).Distinct());
    }
}
