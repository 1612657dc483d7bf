using Wres.Core;
using Wres.Core.Indicators;

namespace Wres.Reporting.Publication;

/// <summary>Indicator 2's breakdowns as every format shows them: each row by pay band or staff group, and each detailed group.</summary>
internal sealed partial class ReportFigures
{
    private readonly Dictionary<LikelihoodBreakdownRow, LikelihoodFigures> _breakdowns = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<DetailedGroupLikelihood, GroupLikelihoodFigures> _appointmentDetail = new(ReferenceEqualityComparer.Instance);

    /// <summary>A row of indicator 2 by pay band or staff group: its groups' counts as shown, and its statistics or why they are withheld.</summary>
    public LikelihoodFigures Breakdown(LikelihoodBreakdownRow row) => _breakdowns[row];

    /// <summary>A detailed group of indicator 2 as shown: its events and base, and the likelihood computed from them.</summary>
    public GroupLikelihoodFigures AppointmentDetail(DetailedGroupLikelihood group) => _appointmentDetail[group];

    /// <summary>
    /// Why a ratio's statistics are not shown, as a clause (<c>not published: …</c>): withheld by the audit, or a count
    /// behind it suppressed or withheld; <see langword="null"/> when they are shown or there are none.
    /// </summary>
    private static string? WithheldReason(DisclosureLedger ledger, LedgerRatio? ratio)
    {
        if (ratio is null || ledger.IsShown(ratio))
        {
            return null;
        }

        return ratio.Withheld ? DisclosureWords.WouldGiveBack(ledger.Options)
            : ratio.Cells.Any(c => ledger.State(c) == CountState.Suppressed) ? DisclosureWords.CountSuppressed(ledger.Options)
            : DisclosureWords.CountWithheld;
    }

    /// <summary>
    /// Why a ratio with no statistics (a base of 0) is not explained: its reason names a count of 0 (no one shortlisted,
    /// no one appointed), so it is shown only when the four counts behind it are; <see langword="null"/> when they are.
    /// </summary>
    private static string? UndefinedWithheldReason(DisclosureLedger ledger, LikelihoodSlots cells)
    {
        int[] behind = [cells.Events[0], cells.Bases[0], cells.Events[1], cells.Bases[1]];
        return behind.All(c => ledger.State(c) == CountState.Shown) ? null
            : behind.Any(c => ledger.State(c) == CountState.Suppressed) ? DisclosureWords.CountSuppressed(ledger.Options)
            : DisclosureWords.CountWithheld;
    }

    private void ExactBreakdowns(WresReport report)
    {
        var appointment = report.Appointment;
        foreach (var row in (appointment.ByPayBand ?? []).Concat(appointment.ByStaffGroup ?? []))
        {
            _breakdowns[row] = new LikelihoodFigures(Exact(row.Reference), Exact(row.Focus), Exact(row.Unknown), row.RelativeLikelihood, null);
        }

        foreach (var group in appointment.ByDetailedGroup ?? [])
        {
            _appointmentDetail[group] = Exact(group.Proportion);
        }

        static GroupLikelihoodFigures Exact(Core.Statistics.Proportion proportion) => new(PublishedCount.Exact(proportion.Events), PublishedCount.Exact(proportion.Base));
    }

    private void PublishedBreakdowns(DisclosureLedger ledger, FigureSlots slots)
    {
        foreach (var (row, cells) in slots.Breakdowns)
        {
            var reason = cells.Ratio is null ? UndefinedWithheldReason(ledger, cells) : WithheldReason(ledger, cells.Ratio);
            _breakdowns[row] = new LikelihoodFigures(
                Proportion(ledger, cells, 0), Proportion(ledger, cells, 1), Proportion(ledger, cells, 2), reason is null ? row.RelativeLikelihood : null, reason);
        }

        foreach (var (group, (events, @base)) in slots.AppointmentDetail)
        {
            _appointmentDetail[group] = new GroupLikelihoodFigures(ledger.Published(events), ledger.Published(@base));
        }
    }
}
