using System.Globalization;

namespace Wres.Core.Statistics;

/// <summary>
/// A count of events out of a base, for example 10 people appointed out of 75 shortlisted: one group's
/// likelihood, kept as its two counts so that nothing is computed from a rounded figure.
/// </summary>
/// <remarks>
/// Events may exceed the base when the events are not a subset of the base (for example leavers during the year
/// against the headcount on one day); such a likelihood is above 1 and has no binomial model, so a
/// <see cref="RelativeLikelihood"/> built from it has a ratio but no confidence interval or p-value.
/// </remarks>
public sealed class Proportion : IEquatable<Proportion>
{
    private Proportion(int events, int @base)
    {
        Events = events;
        Base = @base;
    }

    /// <summary>The number of events (the numerator).</summary>
    public int Events { get; }

    /// <summary>The base (the denominator): the number of people, applications or records that could have had the event.</summary>
    public int Base { get; }

    /// <summary><see cref="Events"/> ÷ <see cref="Base"/>, unrounded; <see langword="null"/> when the base is zero.</summary>
    public double? Value => Base == 0 ? null : (double)Events / Base;

    /// <summary>Creates a proportion.</summary>
    /// <param name="events">The number of events; may exceed <paramref name="base"/>.</param>
    /// <param name="base">The base.</param>
    /// <returns>The proportion.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Proportion Of(int events, int @base)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events, nameof(events));
        ArgumentOutOfRangeException.ThrowIfNegative(@base, nameof(@base));
        return new Proportion(events, @base);
    }

    /// <inheritdoc />
    public bool Equals(Proportion? other) =>
        other is not null && Events == other.Events && Base == other.Base;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Proportion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Events, Base);

    /// <summary>The counts as <c>events/base</c>, for example <c>10/75</c>.</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Events}/{Base}");

    /// <summary>Equality of both counts.</summary>
    /// <param name="left">The first proportion.</param>
    /// <param name="right">The second proportion.</param>
    /// <returns>Whether both counts are equal.</returns>
    public static bool operator ==(Proportion? left, Proportion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first proportion.</param>
    /// <param name="right">The second proportion.</param>
    /// <returns>Whether either count differs.</returns>
    public static bool operator !=(Proportion? left, Proportion? right) => !(left == right);
}
