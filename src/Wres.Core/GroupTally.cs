namespace Wres.Core;

/// <summary>Counts of people (or applications, or members) in the three comparison groups.</summary>
/// <param name="Reference">White (WRES) or non-disabled (WDES).</param>
/// <param name="Focus">BME (WRES) or disabled (WDES).</param>
/// <param name="Unknown">Characteristic not stated, not known or not recognised.</param>
public readonly record struct GroupTally(int Reference, int Focus, int Unknown)
{
    /// <summary>Everyone: reference + focus + unknown.</summary>
    public int Total => Reference + Focus + Unknown;

    /// <summary>Everyone whose characteristic is known: reference + focus.</summary>
    public int Known => Reference + Focus;

    /// <summary>The count for one group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The count.</returns>
    public int this[ComparisonGroup group] => group switch
    {
        ComparisonGroup.Reference => Reference,
        ComparisonGroup.Focus => Focus,
        ComparisonGroup.Unknown => Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not a defined group."),
    };

    /// <summary>The percentage of <see cref="Total"/> in a group (Unknown stays in the denominator); <see langword="null"/> when there is nobody.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The unrounded percentage, or <see langword="null"/>.</returns>
    public double? PercentOf(ComparisonGroup group) => Total == 0 ? null : this[group] * 100.0 / Total;

    /// <summary>The focus group's percentage of those whose characteristic is known; <see langword="null"/> when nobody's is known.</summary>
    public double? KnownFocusPercent => Known == 0 ? null : Focus * 100.0 / Known;

    /// <summary>The percentage of people whose characteristic is known (the declaration rate); <see langword="null"/> when there is nobody.</summary>
    public double? DeclarationRate => Total == 0 ? null : Known * 100.0 / Total;

    /// <summary>The sum of two tallies.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The group-by-group sum.</returns>
    public static GroupTally operator +(GroupTally left, GroupTally right) =>
        new(left.Reference + right.Reference, left.Focus + right.Focus, left.Unknown + right.Unknown);

    /// <summary>The sum of two tallies.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The group-by-group sum.</returns>
    public static GroupTally Add(GroupTally left, GroupTally right) => left + right;
}
