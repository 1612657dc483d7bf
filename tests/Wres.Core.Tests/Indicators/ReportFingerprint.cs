using System.Globalization;
using System.Text;

namespace Wres.Core.Tests.Indicators;

/// <summary>Everything a report computes, as one string, for comparing reports in properties.</summary>
internal static class ReportFingerprint
{
    public static string Of(WresReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{report.Standard}|{report.Workforce}|");
        foreach (var (rule, people) in report.Selection.OrderBy(p => p.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"{rule}={people}|");
        }

        foreach (var row in report.Representation.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row}|");
        }

        foreach (var indicator in new[] { report.Appointment, report.FormalProcess, report.Training })
        {
            if (indicator is null)
            {
                continue;
            }

            var rl = indicator.RelativeLikelihood;
            text.Append(CultureInfo.InvariantCulture, $"{indicator.Id}:{indicator.Status}:{indicator.Reference}:{indicator.Focus}:{indicator.Unknown}:{rl?.Ratio:R}:{rl?.Interval?.Lower:R}-{rl?.Interval?.Upper:R}:{rl?.PValue:R}:{rl?.Band}:{indicator.YearsPooled}|");
        }

        foreach (var survey in report.Survey)
        {
            text.Append(CultureInfo.InvariantCulture, $"{survey.Id}:{survey.Status}:{survey.ReferencePercent}:{survey.FocusPercent}|");
        }

        text.Append(CultureInfo.InvariantCulture, $"{report.Board.Status}:{report.Board.Total.Members}:{report.Board.Voting.Members}:{report.Board.Executive.Members}|");
        foreach (var source in report.DataQuality.Sources)
        {
            text.Append(CultureInfo.InvariantCulture, $"{source.Source}:{source.RowsRead}/{source.RowsCounted}/{source.RowsExcluded}/{source.RowsRejected}:");
            text.AppendJoin(",", source.Exclusions.Select(e => e.ToString()));
            text.AppendJoin(",", source.Issues.Select(i => i.Code).Order(StringComparer.Ordinal));
            text.Append('|');
        }

        return text.ToString();
    }
}
