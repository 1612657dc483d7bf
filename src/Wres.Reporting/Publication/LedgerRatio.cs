namespace Wres.Reporting.Publication;

/// <summary>A relative likelihood in a <see cref="DisclosureLedger"/>: its four counts, and whether the audit withheld its statistics.</summary>
/// <param name="Cells">The numerator's events and base, then the denominator's events and base.</param>
internal sealed record LedgerRatio(IReadOnlyList<int> Cells)
{
    /// <summary>Whether the statistics are withheld because, with them shown, a suppressed count could be worked out.</summary>
    public bool Withheld { get; set; }
}
