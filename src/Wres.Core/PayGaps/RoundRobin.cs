namespace Wres.Core.PayGaps;

/// <summary>
/// The order of people within a run of equal hourly pay: round-robin by group, focus, reference, unknown,
/// then other, skipping a group that has run out. Only how many of each group come first matters (each
/// group's people are in file order, and they are alike in everything the quartiles report).
/// </summary>
internal static class RoundRobin
{
    private static ReadOnlySpan<int> Order => [PayComparison.Focus, PayComparison.Reference, PayComparison.Unknown, PayComparison.Other];

    /// <summary>How many of each group (by role) are among the first <paramref name="first"/> people of a run holding <paramref name="run"/>.</summary>
    public static void Take(ReadOnlySpan<int> run, int first, Span<int> taken)
    {
        Span<int> left = stackalloc int[PayComparison.Roles];
        run.CopyTo(left);
        taken.Clear();
        var remaining = first;
        while (remaining > 0)
        {
            var active = 0;
            var smallest = int.MaxValue;
            foreach (var role in Order)
            {
                if (left[role] > 0)
                {
                    active++;
                    smallest = Math.Min(smallest, left[role]);
                }
            }

            if (active == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(first), first, "More people were asked for than the run holds.");
            }

            if (remaining >= active * smallest)
            {
                // Whole rounds until the smallest active group runs out.
                foreach (var role in Order)
                {
                    if (left[role] > 0)
                    {
                        taken[role] += smallest;
                        left[role] -= smallest;
                    }
                }

                remaining -= active * smallest;
                continue;
            }

            // Part of the way: whole rounds, then one more each for the first groups in order.
            var rounds = remaining / active;
            var extra = remaining % active;
            foreach (var role in Order)
            {
                if (left[role] > 0)
                {
                    taken[role] += rounds + (extra-- > 0 ? 1 : 0);
                }
            }

            remaining = 0;
        }
    }
}
