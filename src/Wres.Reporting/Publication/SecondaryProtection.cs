namespace Wres.Reporting.Publication;

/// <summary>
/// Makes a published ledger safe: while interval reasoning (<see cref="DisclosureAudit"/>) pins a protected count that
/// is not shown, holds back more until it pins none. Hiding more only ever widens what a reader can know, so every
/// step helps or is harmless, and the loop ends (with everything hidden, nothing can be pinned). For the first pinned
/// count, in order of preference:
/// <list type="number">
/// <item>relative likelihoods' statistics (taken to give their four counts back exactly): the fewest, found by
/// withholding every one shown, then showing each again, in report order, unless that pins the count again;</item>
/// <item>one count shown beside it (in a relation with it) whose withholding alone frees it: a zero first, then the
/// smallest;</item>
/// <item>the count itself, withheld rather than suppressed (so that nothing says it is at least 1), if that alone
/// frees it;</item>
/// <item>the fewest counts beside it, then along its relations, then with the board's public size too, each time
/// also with the count itself withheld: all withheld, then each shown again (the largest first) unless that pins
/// the count again;</item>
/// <item>the fewest counts along its relations, suppressed ones too (each suppressed count says it is at least 1,
/// which withholding it takes back): what small counts summing to a small total need, such as the detailed ethnic
/// groups;</item>
/// <item>failing all these, every likelihood's statistics and every count along its relations.</item>
/// </list>
/// </summary>
internal static class SecondaryProtection
{
    public static void Apply(DisclosureLedger ledger)
    {

        var neighbours = Neighbours(ledger);
        while (DisclosureAudit.Pinned(ledger) is [var pinned, ..])
        {
            if (!WithholdRatios(ledger, pinned) && !WithholdCounts(ledger, neighbours, pinned) && !WithholdSuppressed(ledger, neighbours, pinned)
                && !WithholdAll(ledger, neighbours, pinned))
            {
                throw new InvalidOperationException("Disclosure control found a count it cannot protect.");
            }
        }
    }

    private static bool WithholdRatios(DisclosureLedger ledger, int pinned)
    {
        var shown = ledger.Ratios.Where(ledger.IsShown).ToList();
        foreach (var ratio in shown)
        {
            ratio.Withheld = true;
        }

        if (shown.Count == 0 || DisclosureAudit.IsPinned(ledger, pinned))
        {
            foreach (var ratio in shown)
            {
                ratio.Withheld = false;
            }

            return false;
        }

        ShowAgain(ledger, shown, 0, shown.Count, pinned);
        return true;
    }

    /// <summary>
    /// Shows again, in order, each ratio of <paramref name="ratios"/>[<paramref name="start"/>..<paramref name="end"/>)
    /// unless that pins the count again: a whole run at once when that pins nothing (one audit for all of them),
    /// otherwise each half in turn. The same ratios stay withheld as showing them one at a time would leave (showing
    /// fewer never lets more be worked out), with far fewer audits when few of them matter: a roll-up's breakdowns have
    /// thousands.
    /// </summary>
    private static void ShowAgain(DisclosureLedger ledger, List<LedgerRatio> ratios, int start, int end, int pinned)
    {
        for (var i = start; i < end; i++)
        {
            ratios[i].Withheld = false;
        }

        if (!DisclosureAudit.IsPinned(ledger, pinned))
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            ratios[i].Withheld = true;
        }

        if (end - start == 1)
        {
            return;
        }

        var middle = start + ((end - start) / 2);
        ShowAgain(ledger, ratios, start, middle, pinned);
        ShowAgain(ledger, ratios, middle, end, pinned);
    }

    private static bool WithholdCounts(DisclosureLedger ledger, List<int>[] neighbours, int pinned)
    {
        var beside = Candidates(ledger, neighbours[pinned], withPublic: false);
        foreach (var cell in beside)
        {
            if (Try(ledger, cell, pinned))
            {
                return true;
            }
        }

        var demotable = ledger.State(pinned) == CountState.Suppressed;
        if (demotable && Try(ledger, pinned, pinned))
        {
            return true;
        }

        // Sets of counts, the board's public size last of all.
        var reachable = Reachable(neighbours, pinned);
        var further = Candidates(ledger, reachable, withPublic: false, nearestFirst: true);
        var everything = Candidates(ledger, reachable, withPublic: true, nearestFirst: true);
        foreach (var cells in new[] { beside, further, everything })
        {
            if (Fewest(ledger, cells, pinned) || (demotable && Fewest(ledger, [pinned, .. cells], pinned)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// When suppressed counts beside it pin it (each says it is at least 1: seven suppressed rows of a suppressed total of
    /// 7 are 1 each), withholding what is shown cannot free it: the fewest counts along its relations are withheld,
    /// suppressed ones included (a withheld count says nothing of its size), itself first, then the suppressed nearest
    /// first, then the shown.
    /// </summary>
    private static bool WithholdSuppressed(DisclosureLedger ledger, List<int>[] neighbours, int pinned)
    {
        var reachable = Reachable(neighbours, pinned);
        List<int> cells = [pinned, .. reachable.Where(cell => ledger.State(cell) == CountState.Suppressed)];
        cells.AddRange(Candidates(ledger, reachable, withPublic: false, nearestFirst: true));
        return Fewest(ledger, cells, pinned);
    }

    /// <summary>
    /// The last resort, when neither the likelihoods alone nor the counts alone free the count: every likelihood's
    /// statistics and every count along its relations, itself included, are withheld. Nothing is then left to pin it.
    /// </summary>
    private static bool WithholdAll(DisclosureLedger ledger, List<int>[] neighbours, int pinned)
    {
        var changed = false;
        foreach (var ratio in ledger.Ratios)
        {
            changed |= !ratio.Withheld;
            ratio.Withheld = true;
        }

        foreach (var cell in Reachable(neighbours, pinned).Append(pinned))
        {
            if (ledger.State(cell) is CountState.Shown or CountState.Suppressed)
            {
                ledger.Withhold(cell);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>
    /// Withholds all of <paramref name="cells"/> (in order of preference for withholding); if that frees
    /// <paramref name="pinned"/>, shows each again, the last first, unless that pins it again.
    /// </summary>
    private static bool Fewest(DisclosureLedger ledger, List<int> cells, int pinned)
    {
        var before = cells.ConvertAll(cell => (Cell: cell, State: ledger.State(cell), Shown: ledger.Shown(cell)));
        foreach (var cell in cells)
        {
            ledger.Withhold(cell);
        }

        if (cells.Count == 0 || DisclosureAudit.IsPinned(ledger, pinned))
        {
            foreach (var (cell, state, shown) in before)
            {
                ledger.Restore(cell, state, shown);
            }

            return false;
        }

        // Show again the most valuable first (the list is in order of preference for withholding), so that what stays
        // withheld is what costs the reader least.
        ShowAgain(ledger, before, 0, before.Count, pinned);
        return true;
    }

    /// <summary>
    /// Shows again each count of <paramref name="cells"/>[<paramref name="start"/>..<paramref name="end"/>), the last
    /// first, unless that pins <paramref name="pinned"/> again; the same as one at a time, in fewer audits: when the
    /// whole run can be shown again at once, so can each of its counts in turn (showing fewer counts never pins what
    /// showing more does not), else each half is tried, the later first. A few thousand counts along a roll-up's
    /// relations then cost tens of audits, not thousands.
    /// </summary>
    internal static void ShowAgain(DisclosureLedger ledger, List<(int Cell, CountState State, int? Shown)> cells, int start, int end, int pinned)
    {
        for (var i = start; i < end; i++)
        {
            ledger.Restore(cells[i].Cell, cells[i].State, cells[i].Shown);
        }

        if (!DisclosureAudit.IsPinned(ledger, pinned))
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            ledger.Withhold(cells[i].Cell);
        }

        if (end - start > 1)
        {
            var middle = start + ((end - start) / 2);
            ShowAgain(ledger, cells, middle, end, pinned);
            ShowAgain(ledger, cells, start, middle, pinned);
        }
    }

    /// <summary>Withholds a count; keeps it withheld when that frees <paramref name="pinned"/>, otherwise shows it again.</summary>
    private static bool Try(DisclosureLedger ledger, int cell, int pinned)
    {
        var (state, shown) = (ledger.State(cell), ledger.Shown(cell));
        ledger.Withhold(cell);
        if (!DisclosureAudit.IsPinned(ledger, pinned))
        {
            return true;
        }

        ledger.Restore(cell, state, shown);
        return false;
    }

    /// <summary>
    /// The counts among <paramref name="cells"/> still shown (public counts only <paramref name="withPublic"/>, and
    /// then last); the others in the order given when <paramref name="nearestFirst"/>, otherwise zeros first, then the
    /// smallest.
    /// </summary>
    private static List<int> Candidates(DisclosureLedger ledger, IEnumerable<int> cells, bool withPublic, bool nearestFirst = false)
    {
        var candidates = new List<int>();
        foreach (var cell in cells)
        {
            if (ledger.State(cell) == CountState.Shown && (withPublic || !ledger.IsPublic(cell)))
            {
                candidates.Add(cell);
            }
        }

        var rank = new Dictionary<int, int>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            rank[candidates[i]] = i;
        }

        candidates.Sort((a, b) =>
        {
            var order = ledger.IsPublic(a).CompareTo(ledger.IsPublic(b));
            order = order != 0 || nearestFirst ? order : ledger.Value(a).CompareTo(ledger.Value(b));
            return order != 0 ? order : rank[a].CompareTo(rank[b]);
        });
        return candidates;
    }

    /// <summary>Every count that shares a relation with each count.</summary>
    private static List<int>[] Neighbours(DisclosureLedger ledger)
    {
        var sets = new HashSet<int>[ledger.Count];
        foreach (var constraint in ledger.Constraints)
        {
            foreach (var (cell, _) in constraint.Terms)
            {
                var set = sets[cell] ??= [];
                foreach (var (other, _) in constraint.Terms)
                {
                    if (other != cell)
                    {
                        set.Add(other);
                    }
                }
            }
        }

        var neighbours = new List<int>[ledger.Count];
        for (var cell = 0; cell < ledger.Count; cell++)
        {
            neighbours[cell] = sets[cell] is { } set ? [.. set.Order()] : [];
        }

        return neighbours;
    }

    /// <summary>The counts reachable from one through the relations, nearest first.</summary>
    private static List<int> Reachable(List<int>[] neighbours, int start)
    {
        var seen = new HashSet<int> { start };
        var order = new List<int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.TryDequeue(out var cell))
        {
            foreach (var next in neighbours[cell])
            {
                if (seen.Add(next))
                {
                    order.Add(next);
                    queue.Enqueue(next);
                }
            }
        }

        return order;
    }
}
