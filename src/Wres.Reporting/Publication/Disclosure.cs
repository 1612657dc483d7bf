using Wres.Core;
using Wres.Core.Publication;

namespace Wres.Reporting.Publication;

/// <summary>
/// The figures of reports written together: as they are, or, when publishing, through one ledger for all of them (a
/// roll-up's combined report and organisations are protected together, since the combined counts are the sums of the
/// organisations'), made safe by <see cref="SecondaryProtection"/>.
/// </summary>
internal static class Disclosure
{
    /// <summary>
    /// The figures of each report, in order; the first is the combined report of a roll-up whose organisations follow.
    /// </summary>
    /// <param name="reports">The reports: one, or a roll-up's combined report then its organisations'.</param>
    /// <param name="options">The disclosure policy when publishing; <see langword="null"/> for the figures as they are.</param>
    /// <param name="detail">Whether indicator 1's rows and indicator 2 are shown by detailed ethnic group too (then protected with the rest).</param>
    public static IReadOnlyList<ReportFigures> Figures(IReadOnlyList<WresReport> reports, DisclosureOptions? options, bool detail = false)
    {
        if (options is null)
        {
            return [.. reports.Select(ReportFigures.Exact)];
        }

        var ledger = new DisclosureLedger(options);
        var builder = new LedgerBuilder(ledger);
        var slots = reports.Select(report => builder.Add(report, detail)).ToList();
        if (slots.Count > 1)
        {
            builder.Link(slots[0], slots[1..]);
        }

        SecondaryProtection.Apply(ledger);
        return [.. reports.Select((report, i) => ReportFigures.Published(report, ledger, slots[i]))];
    }
}
