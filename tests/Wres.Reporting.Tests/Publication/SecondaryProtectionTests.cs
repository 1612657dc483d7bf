using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Publication;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Tests.Publication;

public class SecondaryProtectionTests
{
    /// <summary>
    /// Random small counts in random sums (totals of parts, as a report's rows and segments are), under the default
    /// policy: most have a suppressed count that the shown ones pin.
    /// </summary>
    private static DisclosureLedger Ledger(int seed)
    {
        var random = new Random(seed);
        var ledger = new DisclosureLedger(new DisclosureOptions());
        var cells = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            cells.Add(ledger.Add(random.Next(4) == 0 ? random.Next(8) : random.Next(30)));
        }

        for (var sum = 0; sum < 5; sum++)
        {
            var parts = cells.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToList();
            var total = ledger.Add(parts.Sum(ledger.Value));
            ledger.Sum(total, parts);
            cells.Add(total);
        }

        return ledger;
    }

    [Property(MaxTest = 300)]
    public Property ShowAgain_GivesWhatShowingEachCountAgainInTurnGives() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (fast, pinned, before) = Withheld(seed);
            if (before is null)
            {
                return true.Label("nothing pinned, or not freed by withholding everything shown");
            }

            SecondaryProtection.ShowAgain(fast, before, 0, before.Count, pinned);

            // The rule as first written: each count shown again, the last first, unless that pins the count again.
            var (slow, _, _) = Withheld(seed);
            for (var i = before.Count - 1; i >= 0; i--)
            {
                var (cell, state, shown) = before[i];
                slow.Restore(cell, state, shown);
                if (DisclosureAudit.IsPinned(slow, pinned))
                {
                    slow.Withhold(cell);
                }
            }

            var same = Enumerable.Range(0, fast.Count).All(cell => fast.State(cell) == slow.State(cell) && fast.Shown(cell) == slow.Shown(cell));
            var freed = !DisclosureAudit.IsPinned(fast, pinned);
            return (same && freed).Label($"same {same}, freed {freed}");
        });

    /// <summary>A random ledger with its first pinned count and every shown count withheld, when that frees it.</summary>
    private static (DisclosureLedger Ledger, int Pinned, List<(int Cell, CountState State, int? Shown)>? Before) Withheld(int seed)
    {
        var ledger = Ledger(seed);
        if (DisclosureAudit.Pinned(ledger) is not [var pinned, ..])
        {
            return (ledger, -1, null);
        }

        var before = Enumerable.Range(0, ledger.Count).Where(cell => ledger.State(cell) == CountState.Shown)
            .Select(cell => (Cell: cell, State: ledger.State(cell), Shown: ledger.Shown(cell))).ToList();
        foreach (var (cell, _, _) in before)
        {
            ledger.Withhold(cell);
        }

        return DisclosureAudit.IsPinned(ledger, pinned) ? (ledger, pinned, null) : (ledger, pinned, before);
    }

    [Fact]
    public void ShowAgain_SomeLedgersOfTheProperty_NeedCountsWithheld()
    {
        // The property is only worth something if it meets cases where a count must stay withheld.
        var cases = Enumerable.Range(0, 300).Select(Withheld).Where(c => c.Before is not null).ToList();
        Assert.NotEmpty(cases);
        Assert.Contains(cases, c =>
        {
            SecondaryProtection.ShowAgain(c.Ledger, c.Before!, 0, c.Before!.Count, c.Pinned);
            return c.Before.Exists(b => c.Ledger.State(b.Cell) == CountState.Withheld);
        });
    }
}
