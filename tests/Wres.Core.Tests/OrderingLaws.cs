namespace Wres.Core.Tests;

/// <summary>
/// The laws a value type of the domain (a grade, a staff group, an ethnic category) keeps between its comparison
/// operators, <c>CompareTo</c> (both), <c>Equals</c> and <c>GetHashCode</c>, with <see langword="null"/> on either side.
/// The operators are passed in, since they are static on each type.
/// </summary>
internal static class OrderingLaws
{
    /// <summary>Checks the laws for <paramref name="low"/> below <paramref name="high"/>, and <paramref name="same"/> equal to <paramref name="low"/> but another instance or spelling.</summary>
    public static void Hold<T>(T low, T high, T same, Operators<T> op)
        where T : class, IComparable<T>, IComparable
    {
        T? none = null;
        T? alsoNone = null;
        IComparable boxed = low;

        Assert.True(op.Less(low, high));
        Assert.False(op.Less(high, low));
        Assert.False(op.Less(low, same));
        Assert.True(op.LessOrEqual(low, high));
        Assert.True(op.LessOrEqual(low, same));
        Assert.False(op.LessOrEqual(high, low));
        Assert.True(op.Greater(high, low));
        Assert.False(op.Greater(low, high));
        Assert.False(op.Greater(low, same));
        Assert.True(op.GreaterOrEqual(high, low));
        Assert.True(op.GreaterOrEqual(low, same));
        Assert.False(op.GreaterOrEqual(low, high));
        Assert.True(op.Less(none, low));
        Assert.False(op.Less(low, none));
        Assert.False(op.Less(none, alsoNone));
        Assert.True(op.LessOrEqual(none, alsoNone));
        Assert.False(op.LessOrEqual(low, none));
        Assert.True(op.Greater(low, none));
        Assert.False(op.Greater(none, alsoNone));
        Assert.True(op.GreaterOrEqual(none, alsoNone));
        Assert.False(op.GreaterOrEqual(none, low));
        Assert.Equal(1, low.CompareTo(null));
        Assert.Equal(0, low.CompareTo(same));
        Assert.Equal(1, boxed.CompareTo(null));
        Assert.True(boxed.CompareTo(high) < 0);
        Assert.True(boxed.CompareTo(same) == 0);
        Assert.Throws<ArgumentException>(() => boxed.CompareTo(low.ToString()));
        Assert.True(low.Equals((object)same));
        Assert.False(low.Equals((object)high));
        Assert.False(low.Equals(low.ToString()));
        Assert.False(low.Equals(null));
        Assert.Equal(low.GetHashCode(), same.GetHashCode());
        Assert.True(op.Equal(low, same));
        Assert.False(op.NotEqual(low, same));
        Assert.True(op.NotEqual(low, high));
        Assert.True(op.Equal(none, null));
        Assert.False(op.Equal(none, low));
        Assert.False(op.Equal(low, none));
        Assert.True(op.NotEqual(none, low));
    }

    /// <summary>A type's six comparison operators.</summary>
    public sealed record Operators<T>(
        Func<T?, T?, bool> Less,
        Func<T?, T?, bool> LessOrEqual,
        Func<T?, T?, bool> Greater,
        Func<T?, T?, bool> GreaterOrEqual,
        Func<T?, T?, bool> Equal,
        Func<T?, T?, bool> NotEqual)
        where T : class;
}
