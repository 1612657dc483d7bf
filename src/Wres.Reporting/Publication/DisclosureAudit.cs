namespace Wres.Reporting.Publication;

/// <summary>
/// What a reader can work out from a published report by interval reasoning: each count starts from what its own
/// cell says (<see cref="DisclosureLedger.Interval"/>; a shown relative likelihood's four counts exactly), and every
/// relation of the ledger narrows the counts in it from the others', until nothing changes (bounds propagation over
/// whole numbers). A count the policy protects that ends with one possible value is pinned.
/// </summary>
internal static class DisclosureAudit
{
    /// <summary>No upper bound (a withheld count): far above any count, far from overflowing when summed.</summary>
    public const long Unbounded = long.MaxValue / 1024;

    /// <summary>The protected counts not shown that interval reasoning pins to one value, in cell order.</summary>
    public static List<int> Pinned(DisclosureLedger ledger)
    {
        var (low, high) = Bounds(ledger);
        var pinned = new List<int>();
        for (var cell = 0; cell < ledger.Count; cell++)
        {
            if (ledger.State(cell) != CountState.Shown && ledger.IsSensitive(cell) && low[cell] == high[cell])
            {
                pinned.Add(cell);
            }
        }

        return pinned;
    }

    /// <summary>Whether one count is pinned (for trying one change at a time).</summary>
    public static bool IsPinned(DisclosureLedger ledger, int cell)
    {
        var (low, high) = Bounds(ledger);
        return low[cell] == high[cell];
    }

    /// <summary>The narrowest bounds of every count that the relations allow.</summary>
    /// <exception cref="InvalidOperationException">The bounds contradict each other: the ledger does not hold of its own counts (a programming error).</exception>
    public static (long[] Low, long[] High) Bounds(DisclosureLedger ledger)
    {
        var count = ledger.Count;
        var low = new long[count];
        var high = new long[count];
        for (var cell = 0; cell < count; cell++)
        {
            (low[cell], high[cell]) = ledger.Interval(cell);
        }

        foreach (var ratio in ledger.Ratios)
        {
            if (ledger.IsShown(ratio))
            {
                foreach (var cell in ratio.Cells)
                {
                    low[cell] = high[cell] = ledger.Value(cell);
                }
            }
        }

        var constraints = ledger.Constraints;
        var byCell = ledger.ConstraintsByCell();
        var changed = new List<int>();

        var queue = new Queue<int>(constraints.Count);
        var queued = new bool[constraints.Count];
        for (var i = 0; i < constraints.Count; i++)
        {
            queue.Enqueue(i);
            queued[i] = true;
        }

        while (queue.TryDequeue(out var index))
        {
            queued[index] = false;
            Narrow(constraints[index], low, high, changed);
            foreach (var cell in changed)
            {
                if (low[cell] > high[cell])
                {
                    throw new InvalidOperationException("The disclosure audit found the published counts inconsistent with their relations.");
                }

                foreach (var other in byCell[cell]!)
                {
                    if (!queued[other])
                    {
                        queued[other] = true;
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return (low, high);
    }

    /// <summary>Narrows each count of one relation from the bounds of the others; <paramref name="changed"/> gets the counts whose bounds changed.</summary>
    private static void Narrow(LedgerConstraint constraint, long[] low, long[] high, List<int> changed)
    {
        // Σ sign × x over the terms: its least and greatest values, counting unbounded contributions apart.
        long least = 0, greatest = 0;
        int leastUnbounded = 0, greatestUnbounded = 0;
        foreach (var (cell, sign) in constraint.Terms)
        {
            if (sign > 0)
            {
                least += low[cell];
                Add(ref greatest, ref greatestUnbounded, high[cell]);
            }
            else
            {
                Add(ref least, ref leastUnbounded, high[cell], negate: true);
                greatest -= low[cell];
            }
        }

        changed.Clear();
        foreach (var (cell, sign) in constraint.Terms)
        {
            // The other terms' least and greatest sums, without this one's contribution.
            long othersLeast, othersGreatest;
            bool leastKnown, greatestKnown;
            if (sign > 0)
            {
                othersLeast = least - low[cell];
                leastKnown = leastUnbounded == 0;
                var unbounded = high[cell] >= Unbounded;
                greatestKnown = greatestUnbounded - (unbounded ? 1 : 0) == 0;
                othersGreatest = unbounded ? greatest : greatest - high[cell];
            }
            else
            {
                var unbounded = high[cell] >= Unbounded;
                leastKnown = leastUnbounded - (unbounded ? 1 : 0) == 0;
                othersLeast = unbounded ? least : least + high[cell];
                othersGreatest = greatest + low[cell];
                greatestKnown = greatestUnbounded == 0;
            }

            // sign × x = C − others (equality) or ≤ C − others.
            long? upper = leastKnown ? constraint.Constant - othersLeast : null;
            long? lower = constraint.Equality && greatestKnown ? constraint.Constant - othersGreatest : null;
            long? newLow, newHigh;
            if (sign > 0)
            {
                (newLow, newHigh) = (lower, upper);
            }
            else
            {
                (newLow, newHigh) = (-upper, -lower);
            }

            var moved = false;
            if (newLow is { } l && l > low[cell])
            {
                low[cell] = l;
                moved = true;
            }

            if (newHigh is { } h && h < high[cell])
            {
                high[cell] = h;
                moved = true;
            }

            if (moved)
            {
                changed.Add(cell);
            }
        }

    }

    private static void Add(ref long sum, ref int unboundedTerms, long value, bool negate = false)
    {
        if (value >= Unbounded)
        {
            unboundedTerms++;
        }
        else
        {
            sum += negate ? -value : value;
        }
    }
}
