using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>Indicator 2's breakdowns: each row by pay band and staff group with the indicator's measures, and (with <c>--detail</c>) each detailed group.</summary>
internal sealed partial class CsvReportWriter
{
    private const string ByBand = "ByBand";
    private const string ByStaffGroup = "ByStaffGroup";
    private const string Detail = "Detail";

    private void WriteBreakdowns(LikelihoodView likelihood)
    {
        var result = likelihood.Result;
        if (_view.Detail && _view.Report.Standard == EqualityStandard.Wres && result.ByDetailedGroup is { } detail)
        {
            foreach (var group in detail)
            {
                var figures = _view.Figures.AppointmentDetail(group);
                var name = group.Group.ToString();
                Row(likelihood.Id, "Events", Detail, name, value: Count(figures.Events));
                Row(likelihood.Id, "Base", Detail, name, value: Count(figures.Base));
                Row(likelihood.Id, "Likelihood", Detail, name, value: Figure(figures.Likelihood, figures.Withheld));
            }
        }

        foreach (var (segment, rows) in new[] { (ByBand, result.ByPayBand), (ByStaffGroup, result.ByStaffGroup) })
        {
            foreach (var row in rows ?? [])
            {
                WriteBreakdownRow(likelihood, segment, row);
            }
        }
    }

    private void WriteBreakdownRow(LikelihoodView likelihood, string segment, LikelihoodBreakdownRow row)
    {
        var id = likelihood.Id;
        var label = row.Label;
        var figures = _view.Figures.Breakdown(row);
        var ratio = figures.Statistics;
        var withheld = figures.Withheld;
        Row(id, "Events", segment, label, Count(figures.Reference.Events), Count(figures.Focus.Events), Count(figures.Unknown.Events));
        Row(id, "Base", segment, label, Count(figures.Reference.Base), Count(figures.Focus.Base), Count(figures.Unknown.Base));
        Row(
            id,
            "Likelihood",
            segment,
            label,
            Figure(figures.Reference.Likelihood, figures.Reference.Withheld),
            Figure(figures.Focus.Likelihood, figures.Focus.Withheld),
            Figure(figures.Unknown.Likelihood, figures.Unknown.Withheld));
        Row(
            id,
            "RelativeLikelihood",
            segment,
            label,
            value: Figure(ratio?.Ratio, withheld),
            lower: Figure(ratio?.Interval?.Lower, withheld),
            upper: Figure(ratio?.Interval?.Upper, withheld),
            text: likelihood.OrientationKey);
        Row(id, "PValue", segment, label, value: Figure(ratio?.PValue, withheld));
        Row(id, "Band", segment, label, text: ratio is null ? DisclosureWordsNotPublished : _view.BandKey(ratio.Band));
        Row(id, "UndefinedReason", segment, label, text: ratio is null || ratio.UndefinedReason == UndefinedReason.None ? null : ratio.UndefinedReason.ToString());
        Row(id, "SmallNumbers", segment, label, text: ratio is null ? DisclosureWordsNotPublished : ratio.SmallNumbers ? "Yes" : "No");
        if (figures.WithheldReason is { } reason)
        {
            Row(id, "Suppressed", segment, label, text: reason);
        }
    }
}
