using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;

namespace Wres.Reporting.Publication;

/// <summary>
/// Indicator 2's breakdowns in the ledger: each row by pay band and by staff group (events and base of each group, and
/// its ratio), and, when shown, each detailed group (events and base). Each breakdown adds up to the indicator: the
/// rows' counts of a group to the indicator's count of it, the White detailed groups to White, the BME ones to BME,
/// Unknown to Unknown; a row's events are at most its base.
/// </summary>
internal sealed partial class LedgerBuilder
{
    private static readonly DetailedEthnicGroup[][] DetailOf =
    [
        [DetailedEthnicGroup.WhiteBritish, DetailedEthnicGroup.WhiteIrish, DetailedEthnicGroup.WhiteOther],
        [DetailedEthnicGroup.Mixed, DetailedEthnicGroup.Asian, DetailedEthnicGroup.Black, DetailedEthnicGroup.Chinese, DetailedEthnicGroup.Other],
        [DetailedEthnicGroup.Unknown],
    ];

    private void Breakdowns(WresReport report, FigureSlots slots, bool detail)
    {
        var appointment = report.Appointment;
        if (!slots.Likelihoods.TryGetValue(appointment, out var indicator))
        {
            return;
        }

        foreach (var (name, rows) in new[] { ("band", appointment.ByPayBand), ("staffGroup", appointment.ByStaffGroup) })
        {
            if (rows is not null)
            {
                Breakdown(appointment, rows, name, indicator, slots);
            }
        }

        if (detail && report.Standard == EqualityStandard.Wres && appointment.ByDetailedGroup is { } groups)
        {
            DetailedGroups(appointment, groups, indicator, slots);
        }
    }

    private void Breakdown(LikelihoodIndicatorResult indicator, IReadOnlyList<LikelihoodBreakdownRow> rows, string name, LikelihoodSlots totals, FigureSlots slots)
    {
        var events = new List<int>[Groups.Length];
        var bases = new List<int>[Groups.Length];
        for (var g = 0; g < Groups.Length; g++)
        {
            events[g] = [];
            bases[g] = [];
        }

        foreach (var row in rows)
        {
            var rowEvents = new int[Groups.Length];
            var rowBases = new int[Groups.Length];
            for (var g = 0; g < Groups.Length; g++)
            {
                var proportion = Groups[g] switch
                {
                    ComparisonGroup.Reference => row.Reference,
                    ComparisonGroup.Focus => row.Focus,
                    _ => row.Unknown,
                };
                rowEvents[g] = ledger.Add(proportion.Events);
                rowBases[g] = ledger.Add(proportion.Base);
                ledger.NotAbove(rowEvents[g], rowBases[g]);
                slots.ByKey[$"breakdown/{indicator.Id}/{name}/{row.Label}/{Groups[g]}/events"] = rowEvents[g];
                slots.ByKey[$"breakdown/{indicator.Id}/{name}/{row.Label}/{Groups[g]}/base"] = rowBases[g];
                events[g].Add(rowEvents[g]);
                bases[g].Add(rowBases[g]);
            }

            var ratio = row.RelativeLikelihood;
            var statistics = ratio.Ratio is not null || ratio.PValue is not null || ratio.Interval is not null
                ? ledger.AddRatio(rowEvents[0], rowBases[0], rowEvents[1], rowBases[1])
                : null;
            slots.Breakdowns[row] = new LikelihoodSlots(rowEvents, rowBases, statistics);
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            ledger.Sum(totals.Events[g], events[g]);
            ledger.Sum(totals.Bases[g], bases[g]);
        }
    }

    private void DetailedGroups(LikelihoodIndicatorResult indicator, IReadOnlyList<DetailedGroupLikelihood> detail, LikelihoodSlots totals, FigureSlots slots)
    {
        var byGroup = new Dictionary<DetailedEthnicGroup, (int Events, int Base)>();
        foreach (var group in detail)
        {
            var cells = (Events: ledger.Add(group.Proportion.Events), Base: ledger.Add(group.Proportion.Base));
            ledger.NotAbove(cells.Events, cells.Base);
            slots.ByKey[$"detail/{indicator.Id}/{group.Group}/events"] = cells.Events;
            slots.ByKey[$"detail/{indicator.Id}/{group.Group}/base"] = cells.Base;
            slots.AppointmentDetail[group] = cells;
            byGroup[group.Group] = cells;
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            var parts = DetailOf[g].Where(byGroup.ContainsKey).ToList();
            ledger.Sum(totals.Events[g], parts.ConvertAll(d => byGroup[d].Events));
            ledger.Sum(totals.Bases[g], parts.ConvertAll(d => byGroup[d].Base));
        }
    }
}
