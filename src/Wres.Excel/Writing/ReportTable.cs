using Wres.Core;
using Wres.Core.RollUp;
using Wres.Reporting;

namespace Wres.Excel.Writing;

/// <summary>
/// The report as the CSV writer tabulates it (one public seam: <see cref="ReportWriter"/> with
/// <see cref="ReportFormat.Csv"/>), read back into rows: every figure, label and disclosure decision is the one the
/// other formats make, and this package adds only the layout.
/// </summary>
internal sealed class ReportTable
{
    private ReportTable(List<ReportLine> lines, bool rollUp, bool compared, string reference, string focus)
    {
        Lines = lines;
        RollUp = rollUp;
        Compared = compared;
        Reference = reference;
        Focus = focus;
    }

    public IReadOnlyList<ReportLine> Lines { get; }

    /// <summary>Whether the table holds a roll-up (an <c>Organisation</c> column; blank for the combined figures).</summary>
    public bool RollUp { get; }

    /// <summary>Whether the table compares with last year (<c>Previous</c> and <c>Change</c> columns).</summary>
    public bool Compared { get; }

    /// <summary>The reference group's label (White, Non-disabled).</summary>
    public string Reference { get; }

    /// <summary>The focus group's label (BME, Disabled).</summary>
    public string Focus { get; }

    /// <summary>Whether the report is a WDES report (its indicators are called metrics).</summary>
    public bool IsWdes => ReportText("Standard") == "WDES";

    public static ReportTable Of(WresReport report, ReportWriterOptions options) =>
        Parse(ReportWriter.ToString(report, ReportFormat.Csv, options));

    public static ReportTable Of(RollUpReport report, ReportWriterOptions options) =>
        Parse(ReportWriter.ToString(report, ReportFormat.Csv, options));

    /// <summary>The <c>Text</c> of the combined report's <c>Report</c> row <paramref name="measure"/>.</summary>
    public string? ReportText(string measure)
    {
        foreach (var line in Lines)
        {
            if (line.Organisation is null && line.Indicator == "Report" && line.Measure == measure)
            {
                return line.Text;
            }
        }

        return null;
    }

    /// <summary>Reads the CSV writer's table (its header row first).</summary>
    public static ReportTable Parse(string csv)
    {
        var records = CsvRecords.Read(csv);
        var header = records[0];
        var rollUp = header[0] == "Organisation";
        var offset = rollUp ? 1 : 0;
        var compared = header.Length - offset == 14;
        var lines = new List<ReportLine>(records.Count);
        for (var i = 1; i < records.Count; i++)
        {
            var r = records[i];
            string? Cell(int index) => index < r.Length && r[index].Length > 0 ? r[index] : null;
            lines.Add(new ReportLine(
                rollUp ? Cell(0) : null,
                Cell(offset) ?? string.Empty,
                Cell(offset + 1),
                Cell(offset + 2),
                Cell(offset + 3) ?? string.Empty,
                Cell(offset + 4),
                Cell(offset + 5),
                Cell(offset + 6),
                Cell(offset + 7),
                Cell(offset + 8),
                Cell(offset + 9),
                Cell(offset + 10),
                Cell(offset + 11),
                compared ? Cell(offset + 12) : null,
                compared ? Cell(offset + 13) : null));
        }

        return new ReportTable(lines, rollUp, compared, header[offset + 4], header[offset + 5]);
    }
}
