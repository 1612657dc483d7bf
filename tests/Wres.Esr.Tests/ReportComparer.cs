using System.Globalization;
using System.Text;
using Wres.Core;

namespace Wres.Esr.Tests;

/// <summary>Every number of a report, in order, for comparing two ways of computing it.</summary>
internal static class ReportComparer
{
    public static string Numbers(WresReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{report.Workforce}|");
        foreach (var (rule, people) in report.Selection.OrderBy(p => p.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"{rule}={people}|");
        }

        foreach (var row in report.Representation.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row}|{row.Detail}|");
        }

        foreach (var indicator in new[] { report.Appointment, report.FormalProcess, report.Training })
        {
            if (indicator is null)
            {
                continue;
            }

            var rl = indicator.RelativeLikelihood;
            text.Append(CultureInfo.InvariantCulture, $"{indicator.Id}:{indicator.Reference}:{indicator.Focus}:{indicator.Unknown}:{rl?.Ratio:R}:{rl?.Interval?.Lower:R}-{rl?.Interval?.Upper:R}:{rl?.PValue:R}:{indicator.YearsPooled}|");
            foreach (var rows in new[] { indicator.ByPayBand, indicator.ByStaffGroup })
            {
                text.Append(rows is null ? "-" : string.Join(";", rows.Select(r => $"{r.Label}:{r.Reference}:{r.Focus}:{r.Unknown}:{r.RelativeLikelihood.Ratio:R}:{r.RelativeLikelihood.PValue:R}")));
                text.Append('|');
            }

            text.Append(indicator.ByDetailedGroup is null ? "-" : string.Join(";", indicator.ByDetailedGroup.Select(d => $"{d.Group}={d.Proportion}")));
            text.Append('|');
        }

        foreach (var survey in report.Survey)
        {
            text.Append(CultureInfo.InvariantCulture, $"{survey.Id}:{survey.ReferencePercent}:{survey.FocusPercent}|");
        }

        text.Append(CultureInfo.InvariantCulture, $"{report.Board.Total.Members}:{report.Board.Voting.Members}:{report.Board.Executive.Members}|");
        foreach (var source in report.DataQuality.Sources)
        {
            text.Append(CultureInfo.InvariantCulture, $"{source.RowsRead}/{source.RowsCounted}/{source.RowsExcluded}/{source.RowsRejected}|");
        }

        return text.ToString();
    }
}
