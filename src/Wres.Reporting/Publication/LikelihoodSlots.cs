namespace Wres.Reporting.Publication;

/// <summary>The ledger cells of a relative-likelihood indicator: events and base of each group (reference, focus, Unknown), and its ratio.</summary>
/// <param name="Events">Events by group: reference, focus, Unknown.</param>
/// <param name="Bases">Bases by group: reference, focus, Unknown.</param>
/// <param name="Ratio">The ratio's statistics, or <see langword="null"/> when there is nothing numeric to show.</param>
internal sealed record LikelihoodSlots(int[] Events, int[] Bases, LedgerRatio? Ratio);
