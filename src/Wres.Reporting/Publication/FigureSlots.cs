using Wres.Core.Indicators;
using Wres.Core.Workforce;

namespace Wres.Reporting.Publication;

/// <summary>Where each count of one report sits in a <see cref="DisclosureLedger"/>, by the report's own objects and by a key its roll-up links on.</summary>
internal sealed class FigureSlots
{
    /// <summary>The workforce's counts; <see langword="null"/> without staff input.</summary>
    public GroupSlots? Workforce { get; set; }

    /// <summary>Each row of indicator 1.</summary>
    public Dictionary<RepresentationRow, GroupSlots> Rows { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each row of indicator 1 by detailed ethnic group, when the report shows them.</summary>
    public Dictionary<RepresentationRow, DetailSlots> Detail { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The people each selection rule decided.</summary>
    public Dictionary<SelectionRule, int> Selection { get; } = [];

    /// <summary>Each relative-likelihood indicator that was computed.</summary>
    public Dictionary<LikelihoodIndicatorResult, LikelihoodSlots> Likelihoods { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each row of indicator 2 by pay band or staff group: events and base of each group, and its ratio.</summary>
    public Dictionary<LikelihoodBreakdownRow, LikelihoodSlots> Breakdowns { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each detailed group of indicator 2 (only when the detailed groups are shown): its events and base.</summary>
    public Dictionary<DetailedGroupLikelihood, (int Events, int Base)> AppointmentDetail { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each set of board members.</summary>
    public Dictionary<BoardSubset, GroupSlots> Board { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The keys of the likelihood bases that are a headcount (indicators 3 and 4), with the key of the workforce count they hold.</summary>
    public Dictionary<string, string> HeadcountBases { get; } = new(StringComparer.Ordinal);

    /// <summary>Every count by a key that names the same count in another report of a roll-up (<c>workforce/focus</c>, <c>row/Clinical/Band 5/total</c>, …).</summary>
    public Dictionary<string, int> ByKey { get; } = new(StringComparer.Ordinal);
}
