using FsCheck;
using FsCheck.Fluent;

namespace Wres.Core.Tests.Generators;

/// <summary>FsCheck generators for the statistics properties, in one place.</summary>
public static class StatisticsGenerators
{
    /// <summary>A base from 1 to a few thousand, mostly small (where the edge cases are) but often large.</summary>
    private static Gen<int> Base { get; } = Gen.Frequency(
        (3, Gen.Choose(1, 30)),
        (2, Gen.Choose(1, 300)),
        (2, Gen.Choose(1, 3000)));

    /// <summary>Events out of a base, with all-or-nothing counts often enough to test the edges.</summary>
    private static Gen<int> EventsOutOf(int @base) => Gen.Frequency(
        (1, Gen.Constant(0)),
        (1, Gen.Constant(@base)),
        (8, Gen.Choose(0, @base)));

    /// <summary>One group's counts.</summary>
    private static Gen<(int Events, int Base)> Group { get; } =
        from b in Base
        from e in EventsOutOf(b)
        select (e, b);

    /// <summary>Two groups' counts, each base at least 1 and events within the base.</summary>
    private static Gen<TwoByTwo> Table { get; } =
        from first in Group
        from second in Group
        select new TwoByTwo(first.Events, first.Base, second.Events, second.Base);

    /// <summary>Registers <see cref="Table"/> for <c>[Property(Arbitrary = [typeof(StatisticsGenerators)])]</c>.</summary>
    public static Arbitrary<TwoByTwo> TwoByTwo() => Table.ToArbitrary();
}
