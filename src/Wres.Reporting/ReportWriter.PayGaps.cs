using System.Globalization;
using Wres.Reporting.Contract;
using Wres.Reporting.Writers;

namespace Wres.Reporting;

/// <summary>The pay gap section of a WRES or WDES report (<see cref="ReportWriterOptions.PayGaps"/>), after the report's own sections.</summary>
public static partial class ReportWriter
{
    private static PayGapsReportDto? PayGapSection(ReportWriterOptions? options) =>
        options?.PayGaps is { } payGaps && !options.DataQualityOnly
            ? PayGapJsonBuilder.Build(payGaps, new PayGapWriterOptions { Publish = options.Publish, Disclosure = options.Disclosure }, previous: null)
            : null;

    /// <summary>The report, then the pay gaps: in HTML inside the page's body, in CSV as a second table after a blank line.</summary>
    private static PreparedReport WithPayGaps(PreparedReport report, PayGapsReportDto? payGaps, ReportFormat format)
    {
        if (payGaps is null)
        {
            return report;
        }

        return PreparedReport.Text(output =>
        {
            if (format == ReportFormat.Html)
            {
                using var page = new StringWriter(CultureInfo.InvariantCulture);
                report.WriteTo(page);
                var html = page.ToString();
                var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
                output.Write(end < 0 ? html : html[..end]);
                new PayGapDocumentWriter(output, format).WriteSection(payGaps);
                output.Write(end < 0 ? string.Empty : html[end..]);
                return;
            }

            report.WriteTo(output);
            output.WriteLine();
            if (format == ReportFormat.Csv)
            {
                new PayGapCsvWriter(output).Write(payGaps);
            }
            else
            {
                new PayGapDocumentWriter(output, format).WriteSection(payGaps);
            }
        });
    }
}
