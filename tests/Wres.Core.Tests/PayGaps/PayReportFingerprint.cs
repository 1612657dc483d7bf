using System.Globalization;
using System.Text;
using Wres.Core.PayGaps;

namespace Wres.Core.Tests.PayGaps;

/// <summary>
/// Every figure of a pay gap report as text, doubles in round-trip form, and the data quality without line
/// numbers (a merged part numbers its own rows): two reports with the same fingerprint are the same report.
/// </summary>
internal static class PayReportFingerprint
{
    public static string Of(PayGapReport report)
    {
        var text = new StringBuilder();
        Line(text, report.Snapshot, report.EthnicityBasis, report.SuppressionThreshold, report.DefaultPayPeriodDays, report.RelevantEmployees, report.FullPayRelevantEmployees, report.StaffProvided);
        foreach (var gap in report.Gaps)
        {
            Line(text, gap.Characteristic, gap.Reference, gap.Focus, gap.Relevant, gap.FullPayRelevant, gap.BonusRecipients, D(gap.UndisclosedPercent));
            Line(text, F(gap.MeanHourly), F(gap.MedianHourly), G(gap.MeanHourlyGap), G(gap.MedianHourlyGap), G(gap.MeanBonusGap), G(gap.MedianBonusGap), F(gap.BonusProportion));
            Line(text, [.. gap.Quartiles.Select(q => $"{q.Quartile}:{q.Counts}")]);
            Line(text, [.. gap.Suppressed]);
            foreach (var band in gap.ByBand)
            {
                Line(text, band.Band, band.FullPayRelevant, F(band.MeanHourly), F(band.MedianHourly), G(band.MeanHourlyGap), G(band.MedianHourlyGap), string.Join(";", band.Suppressed));
            }
        }

        foreach (var source in report.DataQuality.Sources)
        {
            Line(text, source.Source, source.RowsRead, source.RowsCounted, source.RowsExcluded, source.RowsRejected, source.IssuesOmitted);
            Line(text, [.. source.Exclusions]);
            Line(text, [.. source.Issues.Select(i => $"{i.Code}/{i.Column}/{i.Severity}/{i.Occurrences}").Order(StringComparer.Ordinal)]);
        }

        return text.ToString();
    }

    private static string D(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "-";

    private static string F(GroupFigures figures) => $"{D(figures.Reference)}/{D(figures.Focus)}";

    private static string G(PayGap gap) => $"{D(gap.Percent)}/{gap.UndefinedReason}/{gap.Suppression}";

    private static void Line(StringBuilder text, params object?[] values) =>
        text.AppendLine(string.Join('|', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
}
