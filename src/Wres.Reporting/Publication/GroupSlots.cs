namespace Wres.Reporting.Publication;

/// <summary>The ledger cells of one set of group counts: the reference and focus groups, Unknown and their total.</summary>
internal readonly record struct GroupSlots(int Reference, int Focus, int Unknown, int Total);
