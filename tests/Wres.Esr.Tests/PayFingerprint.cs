using System.Globalization;
using System.Text;
using Wres.Core.PayGaps;

namespace Wres.Esr.Tests;

/// <summary>
/// Every figure of a pay gap report as text (doubles in round-trip form) and the row counts of its data quality, without
/// the source's name or line numbers (typed records are numbered in order, file rows by line).
/// </summary>
internal static class PayFingerprint
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
            Line(text, source.RowsRead, source.RowsCounted, source.RowsExcluded, source.RowsRejected);
            Line(text, [.. source.Exclusions]);
        }

        return text.ToString();
    }

    private static string D(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "-";

    private static string F(GroupFigures figures) => $"{D(figures.Reference)}/{D(figures.Focus)}";

    private static string G(PayGap gap) => $"{D(gap.Percent)}/{gap.UndefinedReason}/{gap.Suppression}";

    private static void Line(StringBuilder text, params object?[] values) =>
        text.AppendLine(string.Join('|', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
}
