namespace Wres.Reporting.Publication;

/// <summary>
/// A linear relation between counts of a <see cref="DisclosureLedger"/>: <c>Σ sign × count = Constant</c> when
/// <paramref name="Equality"/>, else <c>Σ sign × count ≤ Constant</c>.
/// </summary>
/// <param name="Terms">The counts (ledger cells) with their signs, +1 or −1.</param>
/// <param name="Constant">The right-hand side.</param>
/// <param name="Equality">An equation, or an upper bound.</param>
internal sealed record LedgerConstraint(IReadOnlyList<(int Cell, int Sign)> Terms, long Constant, bool Equality);
