namespace Wres.Core.PayGaps;

/// <summary>
/// The pay gaps of several organisations (an integrated care system's trusts) and of all of them together: each
/// organisation's report from its own rows, and the combined report from every row (those with no organisation
/// included), computed from the merged accumulators, so the combined figures are exact, not averages of averages.
/// </summary>
public sealed class PayGapRollUpReport
{
    /// <summary>Creates a roll-up report.</summary>
    /// <param name="combined">The report over every row.</param>
    /// <param name="organisations">Each organisation's report, ordered by organisation code.</param>
    public PayGapRollUpReport(PayGapReport combined, IReadOnlyList<PayGapReport> organisations)
    {
        ArgumentNullException.ThrowIfNull(combined);
        ArgumentNullException.ThrowIfNull(organisations);
        Combined = combined;
        Organisations = organisations;
    }

    /// <summary>The report over every row.</summary>
    public PayGapReport Combined { get; }

    /// <summary>Each organisation's report (its <see cref="PayGapReport.Organisation"/> is the code), ordered by code.</summary>
    public IReadOnlyList<PayGapReport> Organisations { get; }
}
