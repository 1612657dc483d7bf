using Wres.Core.Ethnicity;
using Wres.Core.Statistics;

namespace Wres.Core.Indicators;

/// <summary>
/// One detailed ethnic group's appointed (events) of shortlisted (base) in indicator 2 (rules §8, <c>--detail</c>): what
/// lies behind the White and BME figures.
/// </summary>
public sealed class DetailedGroupLikelihood
{
    internal DetailedGroupLikelihood(DetailedEthnicGroup group, Proportion proportion)
    {
        Group = group;
        Proportion = proportion;
    }

    /// <summary>The detailed group.</summary>
    public DetailedEthnicGroup Group { get; }

    /// <summary>The group's appointed of shortlisted; its <see cref="Proportion.Value"/> is the likelihood of appointment.</summary>
    public Proportion Proportion { get; }
}
