namespace Wres.Core.RollUp;

/// <summary>The reports of a roll-up: one per organisation, and the combined report for all of them.</summary>
public sealed class RollUpReport
{
    internal RollUpReport(WresReport combined, IReadOnlyList<WresReport> organisations)
    {
        Combined = combined;
        Organisations = organisations;
    }

    /// <summary>The report for all the organisations together, including rows that belong to none.</summary>
    public WresReport Combined { get; }

    /// <summary>One report per organisation, in ordinal order of the organisation code (each report's <see cref="WresReport.Organisation"/>).</summary>
    public IReadOnlyList<WresReport> Organisations { get; }
}
