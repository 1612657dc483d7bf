using Wres.Core;

namespace Wres.Reporting.Publication;

/// <summary>
/// The counts of the three groups and their total as a report shows them, and the shares computed from exactly those
/// counts: when publishing, from the published (rounded) counts over the published total, and none at all when any
/// of the four is not shown; otherwise from the true counts, as <see cref="GroupTally"/> computes them.
/// </summary>
/// <param name="Reference">The reference group (White, non-disabled).</param>
/// <param name="Focus">The focus group (BME, disabled).</param>
/// <param name="Unknown">Characteristic unknown.</param>
/// <param name="Total">Everyone (a board's members: its size, public and exact).</param>
internal sealed record GroupFigures(PublishedCount Reference, PublishedCount Focus, PublishedCount Unknown, PublishedCount Total)
{
    /// <summary>Whether every count is shown, so that the shares can be.</summary>
    public bool Complete => Reference.Value.HasValue && Focus.Value.HasValue && Unknown.Value.HasValue && Total.Value.HasValue;

    /// <summary>Whether anything is hidden: a count suppressed or withheld, so no share is shown.</summary>
    public bool Withheld => !Complete;

    /// <summary>Whether any count is withheld (rather than suppressed).</summary>
    public bool AnyWithheld => Reference.IsWithheld || Focus.IsWithheld || Unknown.IsWithheld || Total.IsWithheld;

    /// <summary>A group's count.</summary>
    public PublishedCount this[ComparisonGroup group] => group switch
    {
        ComparisonGroup.Reference => Reference,
        ComparisonGroup.Focus => Focus,
        ComparisonGroup.Unknown => Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not a defined group."),
    };

    /// <summary>A group's share of the total (Unknown in the denominator); <see langword="null"/> when not shown or nobody is counted.</summary>
    public double? PercentOf(ComparisonGroup group) =>
        Complete && Total.Value > 0 ? this[group].Value!.Value * 100.0 / Total.Value!.Value : null;

    /// <summary>The focus group's share of those whose characteristic is known; <see langword="null"/> when not shown or none is known.</summary>
    public double? KnownFocusPercent =>
        Complete && Reference.Value + Focus.Value is > 0 and var known ? Focus.Value!.Value * 100.0 / known : null;

    /// <summary>The share whose characteristic is known; <see langword="null"/> when not shown or nobody is counted.</summary>
    public double? DeclarationRate =>
        Complete && Total.Value > 0 ? (Reference.Value!.Value + Focus.Value!.Value) * 100.0 / Total.Value!.Value : null;

    /// <summary>The counts exactly (not publishing).</summary>
    public static GroupFigures Exact(GroupTally tally) => new(
        PublishedCount.Exact(tally.Reference),
        PublishedCount.Exact(tally.Focus),
        PublishedCount.Exact(tally.Unknown),
        PublishedCount.Exact(tally.Total));
}
