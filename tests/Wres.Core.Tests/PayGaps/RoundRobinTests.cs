using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.PayGaps;

namespace Wres.Core.Tests.PayGaps;

public class RoundRobinTests
{
    // Roles: 0 unknown, 1 reference, 2 focus, 3 other.

    [Fact]
    public void Take_GroupsRunOut_SkippedInTheRotation()
    {
        // Focus 1, reference 3, unknown 2: F R U R U R.
        Assert.Equal([0, 1, 1, 0], Take([2, 3, 1, 0], 2));
        Assert.Equal([1, 2, 1, 0], Take([2, 3, 1, 0], 4));
        Assert.Equal([2, 2, 1, 0], Take([2, 3, 1, 0], 5));
        Assert.Equal([2, 3, 1, 0], Take([2, 3, 1, 0], 6));
    }

    [Fact]
    public void Take_OtherComesAfterUnknown()
    {
        Assert.Equal([0, 0, 1, 0], Take([1, 0, 1, 1], 1));
        Assert.Equal([1, 0, 1, 0], Take([1, 0, 1, 1], 2));
        Assert.Equal([1, 0, 1, 1], Take([1, 0, 1, 1], 3));
    }

    [Fact]
    public void Take_None_TakesNothing() => Assert.Equal([0, 0, 0, 0], Take([4, 5, 6, 7], 0));

    [Fact]
    public void Take_MoreThanTheRun_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Take([1, 1, 0, 0], 3));

    [Property(MaxTest = 300)]
    public Property Take_EachNextPersonIsOneOfTheNextGroupInTurn() =>
        Prop.ForAll(Gen.Choose(0, 6).Four().ToArbitrary(), counts =>
        {
            int[] run = [counts.Item1, counts.Item2, counts.Item3, counts.Item4];
            var total = run.Sum();
            var previous = new int[4];
            for (var m = 1; m <= total; m++)
            {
                var taken = Take(run, m);
                var grew = Enumerable.Range(0, 4).Where(r => taken[r] != previous[r]).ToList();
                if (grew.Count != 1 || taken[grew[0]] != previous[grew[0]] + 1 || taken[grew[0]] > run[grew[0]])
                {
                    return false;
                }

                // A group never gets ahead of one earlier in the rotation (focus, reference, unknown, other) that still has people.
                int[] order = [2, 1, 0, 3];
                var position = Array.IndexOf(order, grew[0]);
                if (order.Take(position).Any(r => previous[r] < run[r] && previous[r] <= previous[grew[0]]))
                {
                    return false;
                }

                previous = taken;
            }

            return previous.SequenceEqual(run);
        });

    private static int[] Take(int[] run, int first)
    {
        var taken = new int[4];
        RoundRobin.Take(run, first, taken);
        return taken;
    }
}
