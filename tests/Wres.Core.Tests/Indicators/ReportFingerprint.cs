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
            foreach (var (name, rows) in new[] { ("band", indicator.ByPayBand), ("staffGroup", indicator.ByStaffGroup) })
            {
                text.Append(CultureInfo.InvariantCulture, $"{name}{(rows is null ? "-" : ":")}");
                foreach (var row in rows ?? [])
                {
                    var r = row.RelativeLikelihood;
                    text.Append(CultureInfo.InvariantCulture, $"{row.Label}:{row.Reference}:{row.Focus}:{row.Unknown}:{r.Ratio:R}:{r.Interval?.Lower:R}-{r.Interval?.Upper:R}:{r.PValue:R}:{r.Band}:{r.SmallNumbers};");
                }

                text.Append('|');
            }

            text.Append(indicator.ByDetailedGroup is null ? "detail-" : "detail:");
            text.AppendJoin(";", (indicator.ByDetailedGroup ?? []).Select(d => $"{d.Group}={d.Proportion}"));
            text.Append('|');
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
