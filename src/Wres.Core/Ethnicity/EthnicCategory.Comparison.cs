namespace Wres.Core.Ethnicity;

/// <content>Equality by code, and the order of the Data Dictionary: each national code followed by its extended codes.</content>
public sealed partial class EthnicCategory
{
    /// <inheritdoc />
    public bool Equals(EthnicCategory? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EthnicCategory);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Orders national codes alphabetically, each followed by its extended codes, then Z, 99 and local codes.</summary>
    /// <param name="other">The category to compare with.</param>
    /// <returns>Less than zero, zero, or greater than zero.</returns>
    public int CompareTo(EthnicCategory? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byKey = _sortKey.CompareTo(other._sortKey);
        return byKey != 0 ? byKey : string.CompareOrdinal(Code, other.Code);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        EthnicCategory other => CompareTo(other),
        _ => throw new ArgumentException("Object is not an EthnicCategory.", nameof(obj)),
    };

    /// <summary>The code and label, for example <c>A White - British</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Label}";

    /// <summary>Equality by code.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(EthnicCategory? left, EthnicCategory? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by code.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(EthnicCategory? left, EthnicCategory? right) => !(left == right);

    /// <summary>Ordering as <see cref="CompareTo(EthnicCategory?)"/>.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(EthnicCategory? left, EthnicCategory? right) => Compare(left, right) < 0;

    /// <summary>Ordering as <see cref="CompareTo(EthnicCategory?)"/>.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(EthnicCategory? left, EthnicCategory? right) => Compare(left, right) <= 0;

    /// <summary>Ordering as <see cref="CompareTo(EthnicCategory?)"/>.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(EthnicCategory? left, EthnicCategory? right) => Compare(left, right) > 0;

    /// <summary>Ordering as <see cref="CompareTo(EthnicCategory?)"/>.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(EthnicCategory? left, EthnicCategory? right) => Compare(left, right) >= 0;

    private static int Compare(EthnicCategory? left, EthnicCategory? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
