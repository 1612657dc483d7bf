using Wres.Core;
using Wres.Core.Statistics;

namespace Wres.Reporting.Publication;

/// <summary>
/// A relative-likelihood indicator as a report shows it: each group's events, base and likelihood, and the ratio's
/// statistics (computed from the true counts) or, when publishing would let them give a protected count back, the
/// reason they are withheld.
/// </summary>
/// <param name="Reference">The reference group.</param>
/// <param name="Focus">The focus group.</param>
/// <param name="Unknown">Unknown (never in the ratio).</param>
/// <param name="Statistics">The ratio, interval, p-value, band and small-numbers flag to show; <see langword="null"/> when withheld.</param>
/// <param name="WithheldReason">Why the statistics are withheld, as a clause (<c>not published: …</c>); <see langword="null"/> when shown.</param>
internal sealed record LikelihoodFigures(
    GroupLikelihoodFigures Reference,
    GroupLikelihoodFigures Focus,
    GroupLikelihoodFigures Unknown,
    RelativeLikelihood? Statistics,
    string? WithheldReason)
{
    /// <summary>A group's figures.</summary>
    public GroupLikelihoodFigures this[ComparisonGroup group] => group switch
    {
        ComparisonGroup.Reference => Reference,
        ComparisonGroup.Focus => Focus,
        ComparisonGroup.Unknown => Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not a defined group."),
    };

    /// <summary>Whether the ratio's statistics are withheld.</summary>
    public bool Withheld => WithheldReason is not null;
}
