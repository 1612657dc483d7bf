namespace Wres.Reporting.Publication;

/// <summary>
/// The ledger cells of one row's detailed ethnic groups, by <see cref="Core.Ethnicity.DetailedEthnicGroup"/>: the
/// Unknown group's cell is the row's own Unknown count.
/// </summary>
/// <param name="Cells">One cell per detailed group, in the enum's order.</param>
internal sealed record DetailSlots(IReadOnlyList<int> Cells);
