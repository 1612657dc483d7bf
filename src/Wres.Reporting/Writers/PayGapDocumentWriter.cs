using System.Globalization;
using System.Net;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the pay gap report as plain text, Markdown or HTML (the HTML with each comparison's quartiles drawn as an inline
/// SVG chart), laid out from the same <see cref="PayGapsReportDto"/> the JSON holds: figures rounded for display only
/// (gaps and shares to one decimal place, pay to the penny), a suppressed figure shown as <c>*</c> with the reason, an
/// undefined one as <c>n/a</c>.
/// </summary>
internal sealed class PayGapDocumentWriter(TextWriter output, ReportFormat format)
{
    private const string Suppressed = "*";
    private const string NotApplicable = "n/a";

    public void Write(PayGapsReportDto report)
    {
        if (format == ReportFormat.Html)
        {
            output.WriteLine("<!DOCTYPE html>");
            output.WriteLine("<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Pay gaps</title>");
            output.WriteLine("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;margin:0.5rem 0 1rem}th,td{border:1px solid #b1b4b6;padding:0.25rem 0.5rem;text-align:right}th:first-child,td:first-child{text-align:left}</style>");
            output.WriteLine("</head><body>");
        }

        Report(report, level: 1);
        if (report.Organisations is { } organisations)
        {
            foreach (var organisation in organisations)
            {
                Report(organisation, level: 2);
            }
        }

        if (format == ReportFormat.Html)
        {
            output.WriteLine("</body></html>");
        }
    }

    /// <summary>The pay gaps as a section of another report (no page of their own): a second-level heading and what follows.</summary>
    public void WriteSection(PayGapsReportDto report) => Report(report, level: 2, title: "Pay gaps");

    private void Report(PayGapsReportDto report, int level, string? title = null)
    {
        var name = title ?? (string.IsNullOrWhiteSpace(report.Organisation) ? "Pay gaps" : $"Pay gaps: {TextSafety.SingleLine(report.Organisation)}");
        Heading(level, name);
        Paragraph(string.Create(
            CultureInfo.InvariantCulture,
            $"Snapshot {report.Snapshot}: {Count(report.RelevantEmployees)} relevant employees, {Count(report.FullPayRelevantEmployees)} on full pay. Gaps are (reference − focus) ÷ reference, in %: positive means the reference group is paid more. Groups under {report.SuppressionThreshold} people are suppressed (*).{(report.Published ? " Published: counts are under disclosure control." : string.Empty)}"));
        foreach (var gap in report.PayGaps ?? [])
        {
            Gap(gap, level + 1);
        }

        Quality(report.DataQuality, level + 1);
    }

    private void Gap(PayGapDto gap, int level)
    {
        var reference = Group(gap.Reference);
        var focus = Group(gap.Focus);
        Heading(level, $"{Capitalised(gap.Characteristic)}: {focus} against {reference}");
        var compare = gap.Previous is not null;
        string[] header = compare ? ["Measure", reference, focus, "Gap (%)", "Last year (%)", "Change"] : ["Measure", reference, focus, "Gap (%)"];
        var rows = new List<string[]>
        {
            Row(compare, "People (relevant)", Count(gap.Relevant?.Reference), Count(gap.Relevant?.Focus), string.Empty, null, null),
            Row(compare, "People (full pay)", Count(gap.FullPayRelevant?.Reference), Count(gap.FullPayRelevant?.Focus), string.Empty, null, null),
            Row(compare, "Mean hourly pay", Pounds(gap.MeanHourly?.Reference), Pounds(gap.MeanHourly?.Focus), Percent(gap.MeanHourlyGap, gap, "meanHourlyGap"), gap.Previous?.MeanHourlyGap, gap.Change?.MeanHourlyGap),
            Row(compare, "Median hourly pay", Pounds(gap.MedianHourly?.Reference), Pounds(gap.MedianHourly?.Focus), Percent(gap.MedianHourlyGap, gap, "medianHourlyGap"), gap.Previous?.MedianHourlyGap, gap.Change?.MedianHourlyGap),
            Row(compare, "Mean bonus gap", string.Empty, string.Empty, Percent(gap.MeanBonusGap, gap, "meanBonusGap"), gap.Previous?.MeanBonusGap, gap.Change?.MeanBonusGap),
            Row(compare, "Median bonus gap", string.Empty, string.Empty, Percent(gap.MedianBonusGap, gap, "medianBonusGap"), gap.Previous?.MedianBonusGap, gap.Change?.MedianBonusGap),
            Row(compare, "Paid a bonus (%)", Share(gap.BonusProportion?.Reference, gap, "bonusProportion"), Share(gap.BonusProportion?.Focus, gap, "bonusProportion"), string.Empty, null, null),
        };
        Table(header, rows);
        if (gap.UndisclosedPercent is { } undisclosed)
        {
            Paragraph(string.Create(CultureInfo.InvariantCulture, $"Unknown (undisclosed): {Numbers.Percent(undisclosed)}% of relevant employees."));
        }

        foreach (var measure in gap.Suppressed ?? [])
        {
            Paragraph($"{measure}: suppressed, a group has fewer than the threshold's people.");
        }

        foreach (var (measure, reason) in gap.UndefinedReasons ?? new Dictionary<string, string>())
        {
            Paragraph($"{measure}: not defined. {reason}");
        }

        var quartiles = new List<string[]>();
        foreach (var q in gap.Quartiles ?? [])
        {
            quartiles.Add([Quartile(q.Quartile), Count(q.People), Numbers.Percent(q.ReferencePercent), Numbers.Percent(q.FocusPercent), Numbers.Percent(q.UnknownPercent)]);
        }

        Table(["Quartile", "People", reference + " %", focus + " %", "Unknown %"], quartiles);
        if (format == ReportFormat.Html)
        {
            output.WriteLine(PayGapChart.Quartiles(gap));
        }

        if (gap.ByBand is { Count: > 0 } bands)
        {
            var byBand = new List<string[]>();
            foreach (var band in bands)
            {
                byBand.Add([band.Band!, Count(band.FullPayRelevant?.Reference), Count(band.FullPayRelevant?.Focus), Pounds(band.MeanHourly?.Reference), Pounds(band.MeanHourly?.Focus), Gap(band.MeanHourlyGap, band.Suppressed), Gap(band.MedianHourlyGap, band.Suppressed)]);
            }

            Table(["Band", reference, focus, "Mean " + reference, "Mean " + focus, "Mean gap (%)", "Median gap (%)"], byBand);
        }
    }

    private void Quality(DataQualityDto? quality, int level)
    {
        if (quality?.Files is not { } files)
        {
            return;
        }

        Heading(level, "Data quality");
        foreach (var file in files)
        {
            Paragraph(string.Create(CultureInfo.InvariantCulture, $"{TextSafety.SingleLine(file.File)}: {file.RowsRead:N0} rows read = {file.RowsCounted:N0} counted + {file.RowsExcluded:N0} excluded + {file.RowsRejected:N0} rejected."));
            foreach (var issue in file.Issues ?? [])
            {
                var where = issue.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}") : "file";
                Paragraph($"{issue.Severity} {issue.Code} ({where}{(issue.Column is null ? string.Empty : ", " + TextSafety.SingleLine(issue.Column))}): {TextSafety.SingleLine(issue.Message)}");
            }
        }
    }

    private static string[] Row(bool compare, string measure, string reference, string focus, string gap, double? previous, double? change) =>
        compare ? [measure, reference, focus, gap, previous is null && gap.Length == 0 ? string.Empty : Signed(previous), previous is null && gap.Length == 0 ? string.Empty : Numbers.ChangeInPoints(change)] : [measure, reference, focus, gap];

    private static string Signed(double? value) => value is null ? NotApplicable : Numbers.SignedPercent(value);

    private static string Percent(double? value, PayGapDto gap, string measure) =>
        value is not null ? Numbers.SignedPercent(value)
        : gap.Suppressed?.Contains(measure) == true ? Suppressed
        : NotApplicable;

    private static string Share(double? value, PayGapDto gap, string measure) =>
        value is not null ? Numbers.Percent(value) : gap.Suppressed?.Contains(measure) == true ? Suppressed : NotApplicable;

    private static string Gap(double? value, IReadOnlyList<string>? suppressed) =>
        value is not null ? Numbers.SignedPercent(value) : suppressed is { Count: > 0 } ? Suppressed : NotApplicable;

    private static string Pounds(double? value) => value is { } v ? "£" + v.ToString("0.00", CultureInfo.InvariantCulture) : Suppressed;

    private static string Count(int? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : Suppressed;

    private static string Quartile(int quartile) => quartile switch
    {
        1 => "1 (lowest paid)",
        4 => "4 (highest paid)",
        _ => quartile.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A group's name for people (<c>Bme</c> is BME, <c>NonDisabled</c> Non-disabled).</summary>
    public static string Group(string? group) => group switch
    {
        "Bme" => "BME",
        "NonDisabled" => "Non-disabled",
        "WhiteBritish" => "White British",
        "WhiteIrish" => "White Irish",
        "WhiteOther" => "White other",
        "AllOtherEthnicGroups" => "All other ethnic groups",
        "OtherEthnicGroup" => "Other ethnic group",
        null => string.Empty,
        _ => group,
    };

    private static string Capitalised(string? text) => string.IsNullOrEmpty(text) ? string.Empty : char.ToUpperInvariant(text[0]) + text[1..];

    private void Heading(int level, string text)
    {
        switch (format)
        {
            case ReportFormat.Markdown:
                output.WriteLine($"{new string('#', level)} {Markdown(text)}");
                output.WriteLine();
                break;
            case ReportFormat.Html:
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<h{level}>{WebUtility.HtmlEncode(text)}</h{level}>"));
                break;
            default:
                output.WriteLine(text);
                output.WriteLine(new string(level == 1 ? '=' : '-', text.Length));
                output.WriteLine();
                break;
        }
    }

    private void Paragraph(string text)
    {
        switch (format)
        {
            case ReportFormat.Markdown:
                output.WriteLine(Markdown(text));
                output.WriteLine();
                break;
            case ReportFormat.Html:
                output.WriteLine($"<p>{WebUtility.HtmlEncode(text)}</p>");
                break;
            default:
                output.WriteLine(text);
                output.WriteLine();
                break;
        }
    }

    private void Table(string[] header, List<string[]> rows)
    {
        switch (format)
        {
            case ReportFormat.Markdown:
                output.WriteLine("| " + string.Join(" | ", header.Select(Markdown)) + " |");
                output.WriteLine("|" + string.Join("|", header.Select((_, i) => i == 0 ? "---" : "---:")) + "|");
                foreach (var row in rows)
                {
                    output.WriteLine("| " + string.Join(" | ", row.Select(Markdown)) + " |");
                }

                output.WriteLine();
                break;
            case ReportFormat.Html:
                output.WriteLine("<table><thead><tr>" + string.Concat(header.Select(h => $"<th scope=\"col\">{WebUtility.HtmlEncode(h)}</th>")) + "</tr></thead><tbody>");
                foreach (var row in rows)
                {
                    output.WriteLine("<tr>" + string.Concat(row.Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>")) + "</tr>");
                }

                output.WriteLine("</tbody></table>");
                break;
            default:
                var widths = new int[header.Length];
                foreach (var line in rows.Prepend(header))
                {
                    for (var i = 0; i < line.Length; i++)
                    {
                        widths[i] = Math.Max(widths[i], line[i].Length);
                    }
                }

                foreach (var line in rows.Prepend(header))
                {
                    output.WriteLine(string.Join("  ", line.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
                }

                output.WriteLine();
                break;
        }
    }

    private static string Markdown(string text) => TextSafety.SingleLine(text).Replace("|", "\\|", StringComparison.Ordinal);
}
