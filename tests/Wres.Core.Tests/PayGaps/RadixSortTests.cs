using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.PayGaps;

namespace Wres.Core.Tests.PayGaps;

public class RadixSortTests
{
    private static readonly Gen<double> Key = Gen.OneOf(
        Gen.Elements(0.0, 12.21, 15.58, 15.58, 20.0, 1e-300, double.Epsilon, 3.0e6),
        Gen.Choose(0, 1_000_000).Select(pennies => pennies / 100.0),
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get)));

    [Property(MaxTest = 300)]
    public Property Sort_AnyNonNegativeKeys_AscendingAndStableWithTheirCodes() =>
        Prop.ForAll(Key.ListOf().ToArbitrary(), list =>
        {
            var keys = list.ToArray();
            var codes = Enumerable.Range(0, keys.Length).Select(i => (uint)i).ToArray();
            var expected = keys.Select((k, i) => (Key: k, Code: (uint)i)).OrderBy(p => p.Key).ToList();

            RadixSort.Sort(keys, codes);

            return keys.SequenceEqual(expected.Select(p => p.Key)) && codes.SequenceEqual(expected.Select(p => p.Code));
        });

    [Fact]
    public void Sort_EveryKeyEqual_NothingMoves()
    {
        double[] keys = [7.5, 7.5, 7.5];
        uint[] codes = [3, 1, 2];

        RadixSort.Sort(keys, codes);

        Assert.Equal([3u, 1u, 2u], codes);
    }

    [Fact]
    public void Sort_KeysSpanningEveryDigit_Sorted()
    {
        double[] keys = [double.MaxValue, 1.0, 0.0, double.Epsilon, 1.0000000000000002, 2.0, 1e-300];
        var codes = new uint[keys.Length];

        RadixSort.Sort(keys, codes);

        Assert.Equal([0.0, double.Epsilon, 1e-300, 1.0, 1.0000000000000002, 2.0, double.MaxValue], keys);
    }
}
