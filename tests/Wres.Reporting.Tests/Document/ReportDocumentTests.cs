using System.Text.Json;
using Wres.Core;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Document;

/// <summary>Issue 10, data quality stays readable: warnings and notes repeated row after row are summarised in text, Markdown and HTML; JSON keeps every one.</summary>
public partial class ReportDocumentTests
{
    private const int Repeats = 40;

    [Fact]
    public void DataQuality_WarningRepeatedOnEveryRow_OneLineWithItsRowsAndFirstLineInText()
    {
        var text = ReportWriter.ToString(RepeatedWarnings(), ReportFormat.Text);

        var lines = text.Split('\n').Where(l => l.Contains(WresErrorCodes.CaseEmployeeNotInStaff, StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        var cells = line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal([WresErrorCodes.CaseEmployeeNotInStaff, "Warning", "Employee Number"], cells.Take(3));
        Assert.Equal([Repeats.ToString(System.Globalization.CultureInfo.InvariantCulture), "1"], cells.TakeLast(2));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void DataQuality_WarningRepeatedOnEveryRow_OneTableRowInMarkdownAndHtml(ReportFormat format)
    {
        var written = ReportWriter.ToString(RepeatedWarnings(), format);

        var rows = written.Split(format == ReportFormat.Html ? "<tr>" : "\n").Count(r => r.Contains(WresErrorCodes.CaseEmployeeNotInStaff, StringComparison.Ordinal));
        Assert.Equal(1, rows);
    }

    [Fact]
    public void DataQuality_WarningRepeatedOnEveryRow_JsonKeepsEveryFinding()
    {
        var json = JsonDocument.Parse(ReportWriter.ToString(RepeatedWarnings(), ReportFormat.Json)).RootElement;

        var issues = json.GetProperty("dataQuality").GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("issues").EnumerateArray())
            .Where(i => i.GetProperty("code").GetString() == WresErrorCodes.CaseEmployeeNotInStaff)
            .ToList();
        Assert.Equal(Repeats, issues.Count);
        Assert.Equal(Repeats, issues.Select(i => i.GetProperty("line").GetInt32()).Distinct().Count());
    }

    [Fact]
    public void DataQuality_ErrorsStayOneLinePerRow()
    {
        // The full dataset's one rejected application (line 107) keeps its own line beside the summarised notes.
        var text = ReportWriter.ToString(Reports.Full(), ReportFormat.Text);

        Assert.Contains("recruitment: errors (rows rejected):", text, StringComparison.Ordinal);
        Assert.Contains(text.Split('\n'), l => l.TrimStart().StartsWith("107  Appointed", StringComparison.Ordinal) && l.Contains(WresErrorCodes.AppointedNotShortlisted, StringComparison.Ordinal));
    }

    /// <summary>A few staff, and cases naming <see cref="Repeats"/> employees the staff file does not hold: the same warning on every case row.</summary>
    private static WresReport RepeatedWarnings() => Datasets.Report(new WresDataset
    {
        Staff = [.. Datasets.People("W", 20, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5), .. Datasets.People("B", 20, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5)],
        Cases = [.. Datasets.Cases("Z", Repeats)],
    });
}
