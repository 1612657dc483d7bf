using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Indicators;
using Wres.Core.Internal;

namespace Wres.Core.Tests.Indicators;

public class PartitionedTests
{
    [Fact]
    public void Partitions_ByTopBits_KeepRowOrderWithinEach()
    {
        // Two bits: the partition is the hash's top two bits.
        Row[] rows = [new(0xC000_0000_0000_0001, 1), new(0x0000_0000_0000_0002, 2), new(0x4000_0000_0000_0003, 3), new(0xC000_0000_0000_0004, 4), new(0x3FFF_FFFF_FFFF_FFFF, 5)];

        using var partitioned = new Partitioned<Row>(rows, bits: 2);

        Assert.Equal([2, 5], Ids(partitioned[0]));
        Assert.Equal([3], Ids(partitioned[1]));
        Assert.Empty(Ids(partitioned[2]));
        Assert.Equal([1, 4], Ids(partitioned[3]));
        Assert.Equal(2, partitioned.MaxPartition);
        var (items, start, length) = partitioned.Segment(3);
        Assert.Equal([1, 4], items.AsSpan(start, length).ToArray().Select(r => r.Id));
    }

    [Fact]
    public void Partitions_NoBits_IsOnePartitionOfEveryRowInOrder()
    {
        Row[] rows = [new(ulong.MaxValue, 1), new(0, 2), new(1UL << 63, 3)];

        using var partitioned = new Partitioned<Row>(rows, bits: 0);

        Assert.Equal([1, 2, 3], Ids(partitioned[0]));
        Assert.Equal(3, partitioned.MaxPartition);
        Assert.Equal(0, Partitioned<Row>.Partition(ulong.MaxValue, 0, 64));
    }

    [Fact]
    public void Partitions_NoRows_AreEmpty()
    {
        using var partitioned = new Partitioned<Row>([], bits: 3);

        for (var p = 0; p < 8; p++)
        {
            Assert.Empty(Ids(partitioned[p]));
        }

        Assert.Equal(0, partitioned.MaxPartition);
    }

    [Property(MaxTest = 200)]
    public Property Partitions_AnyRows_AreAStableRegroupingByTopBits() =>
        Prop.ForAll(
            ArbMap.Default.GeneratorFor<ulong>().ArrayOf().ToArbitrary(),
            Gen.Choose(0, 6).ToArbitrary(),
            (hashes, bits) =>
            {
                var rows = hashes.Select((h, i) => new Row(h, i)).ToArray();
                using var partitioned = new Partitioned<Row>(rows, bits);
                var expected = rows.GroupBy(r => bits == 0 ? 0 : (int)(r.Hash >> (64 - bits))).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToArray());
                var sizes = new List<int>();
                for (var p = 0; p < 1 << bits; p++)
                {
                    var actual = Ids(partitioned[p]);
                    sizes.Add(actual.Length);
                    if (!actual.SequenceEqual(expected.GetValueOrDefault(p, [])))
                    {
                        return false;
                    }
                }

                return partitioned.MaxPartition == sizes.Max();
            });

    private static int[] Ids(ReadOnlySpan<Row> rows)
    {
        var ids = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            ids[i] = rows[i].Id;
        }

        return ids;
    }

    private readonly record struct Row(ulong Hash, int Id) : IHashed;
}
