using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Reporting.Contract;

namespace Wres.Reporting.Writers;

/// <summary>Indicator 2's breakdowns: <c>byBand</c> and <c>byStaffGroup</c> whenever the recruitment file has the columns, <c>detail</c> with <c>--detail</c>.</summary>
internal sealed partial class JsonReportWriter
{
    /// <summary>The indicator with its breakdowns, if it has any.</summary>
    private LikelihoodIndicatorDto Breakdowns(LikelihoodIndicatorResult result, LikelihoodIndicatorDto dto) => dto with
    {
        ByBand = result.ByPayBand?.Select(row => BreakdownRow(row) with { PayBand = Text(row.Label) }).ToList(),
        ByStaffGroup = result.ByStaffGroup?.Select(row => BreakdownRow(row) with { StaffGroup = Text(row.Label) }).ToList(),
        Detail = _view.Detail && _view.Report.Standard == EqualityStandard.Wres && result.ByDetailedGroup is { } detail
            ? detail.ToDictionary(group => group.Group.ToString(), group => Group(_view.Figures.AppointmentDetail(group)))
            : null,
    };

    /// <summary>One row by pay band or staff group: its groups' counts as shown, and its statistics as shown.</summary>
    private BreakdownRowDto BreakdownRow(LikelihoodBreakdownRow row)
    {
        var figures = _view.Figures.Breakdown(row);
        var ratio = figures.Statistics;
        return new BreakdownRowDto
        {
            White = Group(figures.Reference),
            Bme = Group(figures.Focus),
            Unknown = Group(figures.Unknown),
            RelativeLikelihood = Ratio(ratio?.Ratio),
            RelativeLikelihoodSuppressed = figures.Withheld ? true : null,
            SuppressedReason = figures.WithheldReason,
            Ci95 = Interval(ratio?.Interval),
            PValue = Probability(ratio?.PValue),
            Band = ratio is null ? null : _view.BandKey(ratio.Band),
            SmallNumbers = ratio?.SmallNumbers,
            UndefinedReason = ratio is null || ratio.UndefinedReason == UndefinedReason.None ? null : ratio.UndefinedReason.ToString(),
        };
    }
}
