using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Core.Workforce;

namespace Wres.Reporting.Publication;

/// <summary>
/// Puts the counts of published reports into one <see cref="DisclosureLedger"/> with every relation a reader can use
/// between them: within a report (rows, segments, the whole workforce, the selection rules, likelihoods' events and
/// bases, the board's subsets, the rows each input counted) and, in a roll-up, between the combined report and its
/// organisations. A relation is added only when it holds of the true counts; where the report does not show all of a
/// relation (a roll-up's rows with no organisation, last year's headcount in a two-year base, leavers counted in a
/// base), the rest is a hidden quantity the reader knows only to be 0 or more, and is left out when it is 0, so that
/// the relation is then exact.
/// </summary>
internal sealed partial class LedgerBuilder(DisclosureLedger ledger)
{
    private static readonly ComparisonGroup[] Groups = [ComparisonGroup.Reference, ComparisonGroup.Focus, ComparisonGroup.Unknown];

    /// <summary>
    /// Adds one report's counts and their relations; returns where they are. With <paramref name="detail"/>, indicator 1's
    /// rows and indicator 2 by detailed ethnic group too (WRES), each group within its White, BME or Unknown count.
    /// </summary>
    public FigureSlots Add(WresReport report, bool detail = false)
    {
        var slots = new FigureSlots();
        if (report.Workforce is { } workforce)
        {
            slots.Workforce = Group(workforce, slots, "workforce");
        }

        Representation(report, slots);
        if (detail)
        {
            Detail(report, slots);
        }

        Selection(report, slots);
        foreach (var likelihood in new[] { report.Appointment, report.FormalProcess, report.Training })
        {
            if (likelihood is { Status: IndicatorStatus.Computed, RelativeLikelihood: not null })
            {
                Likelihood(report, likelihood, slots);
            }
        }

        Breakdowns(report, slots, detail);

        Board(report.Board, slots);
        RowsCounted(report, slots);
        return slots;
    }

    /// <summary>
    /// Each count of the combined report is the sum of the same count of its organisations, plus what rows with no
    /// organisation add; a headcount base (indicators 3 and 4) also holds the headcount of each organisation that does
    /// not have the indicator.
    /// </summary>
    public void Link(FigureSlots combined, IReadOnlyList<FigureSlots> organisations)
    {
        foreach (var (key, total) in combined.ByKey)
        {
            var parts = new List<int>();
            foreach (var organisation in organisations)
            {
                if (organisation.ByKey.TryGetValue(key, out var part))
                {
                    parts.Add(part);
                }
                else if (combined.HeadcountBases.TryGetValue(key, out var headcount) && organisation.ByKey.TryGetValue(headcount, out var people))
                {
                    parts.Add(people);
                }
            }

            ledger.Sum(total, parts, withRest: true);
        }
    }

    private GroupSlots Group(GroupTally tally, FigureSlots slots, string key)
    {
        var group = new GroupSlots(ledger.Add(tally.Reference), ledger.Add(tally.Focus), ledger.Add(tally.Unknown), ledger.Add(tally.Total));
        ledger.Sum(group.Total, [group.Reference, group.Focus, group.Unknown]);
        Keys(slots, key, group);
        return group;
    }

    private static void Keys(FigureSlots slots, string key, GroupSlots group)
    {
        slots.ByKey[key + "/reference"] = group.Reference;
        slots.ByKey[key + "/focus"] = group.Focus;
        slots.ByKey[key + "/unknown"] = group.Unknown;
        slots.ByKey[key + "/total"] = group.Total;
    }

    private void Representation(WresReport report, FigureSlots slots)
    {
        var segmentTotals = new List<GroupSlots>();
        var bands = new List<GroupSlots>();
        foreach (var row in report.Representation.Rows)
        {
            GroupSlots group;
            if (row.Segment is null && slots.Workforce is { } whole && report.Workforce == row.Counts)
            {
                // The whole-workforce row is the workforce itself: the same counts.
                group = whole;
                SumEach(group, segmentTotals);
            }
            else
            {
                group = Group(row.Counts, slots, $"row/{row.Segment?.ToString() ?? "All"}/{row.Label}");
                if (row.IsTotal && row.Segment is not null)
                {
                    SumEach(group, bands);
                    segmentTotals.Add(group);
                    bands = [];
                }
                else if (row.IsTotal)
                {
                    SumEach(group, segmentTotals);
                }
                else
                {
                    bands.Add(group);
                }
            }

            slots.Rows[row] = group;
        }
    }

    /// <summary>Each count of <paramref name="total"/> is the sum of the same count of <paramref name="parts"/>.</summary>
    private void SumEach(GroupSlots total, List<GroupSlots> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        ledger.Sum(total.Reference, parts.ConvertAll(p => p.Reference));
        ledger.Sum(total.Focus, parts.ConvertAll(p => p.Focus));
        ledger.Sum(total.Unknown, parts.ConvertAll(p => p.Unknown));
        ledger.Sum(total.Total, parts.ConvertAll(p => p.Total));
    }

    private void Selection(WresReport report, FigureSlots slots)
    {
        var rules = new List<int>();
        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (report.Selection.TryGetValue(rule, out var people))
            {
                var cell = ledger.Add(people);
                slots.Selection[rule] = cell;
                slots.ByKey["selection/" + rule] = cell;
                rules.Add(cell);
            }
        }

        if (slots.Workforce is { } workforce)
        {
            ledger.Sum(workforce.Total, rules);
        }
    }

    private void Likelihood(WresReport report, LikelihoodIndicatorResult result, FigureSlots slots)
    {
        var events = new int[3];
        var bases = new int[3];
        for (var i = 0; i < Groups.Length; i++)
        {
            var proportion = Proportion(result, Groups[i]);
            events[i] = ledger.Add(proportion.Events);
            bases[i] = ledger.Add(proportion.Base);
            ledger.NotAbove(events[i], bases[i]);
            slots.ByKey[$"likelihood/{result.Id}/{Groups[i]}/events"] = events[i];
            slots.ByKey[$"likelihood/{result.Id}/{Groups[i]}/base"] = bases[i];

            // Indicators 3 and 4 count against the workforce's headcount, with last year's (when pooled) and leavers
            // (when counted) beside it.
            if (!ReferenceEquals(result, report.Appointment))
            {
                slots.HeadcountBases[$"likelihood/{result.Id}/{Groups[i]}/base"] = "workforce/" + Groups[i].ToString().ToLowerInvariant();
                if (slots.Workforce is { } workforce)
                {
                    ledger.Sum(bases[i], [Slot(workforce, Groups[i])], withRest: true);
                }
            }
        }

        var ratio = result.RelativeLikelihood!;
        LedgerRatio? statistics = null;
        if (ratio.Ratio is not null || ratio.PValue is not null || ratio.Interval is not null)
        {
            // Numerator first: indicator 3 divides the focus group's likelihood by the reference group's.
            var (n, d) = result.Orientation == RatioOrientation.FocusOverReference ? (1, 0) : (0, 1);
            statistics = ledger.AddRatio(events[n], bases[n], events[d], bases[d]);
        }

        slots.Likelihoods[result] = new LikelihoodSlots(events, bases, statistics);
    }

    private void Board(BoardResult board, FigureSlots slots)
    {
        if (board.Status != IndicatorStatus.Computed)
        {
            return;
        }

        GroupSlots Subset(BoardSubset subset, string name)
        {
            var members = subset.Members;
            var group = new GroupSlots(ledger.Add(members.Reference), ledger.Add(members.Focus), ledger.Add(members.Unknown), ledger.AddPublic(members.Total));
            ledger.Sum(group.Total, [group.Reference, group.Focus, group.Unknown]);
            slots.Board[subset] = group;
            Keys(slots, "board/" + name, group);
            return group;
        }

        var total = Subset(board.Total, "total");
        var voting = Subset(board.Voting, "voting");
        var nonVoting = Subset(board.NonVoting, "nonVoting");
        var executive = Subset(board.Executive, "executive");
        var nonExecutive = Subset(board.NonExecutive, "nonExecutive");
        SumEach(total, [voting, nonVoting]);
        SumEach(total, [executive, nonExecutive]);
    }

    /// <summary>
    /// An input's rows counted are at least the people (applications) they hold: the workforce's headcount, the
    /// shortlisted applications, the people entering the formal process or accessing training. A reader knows the rows
    /// counted as published (<see cref="PublishedRows"/>): at most the upper end of the rounded figure, and of the rows
    /// read less those excluded and rejected (exact). The inputs are not told apart, so each sum is bounded by the
    /// fewest such rows of any input (or two, for a two-year figure) that are at least the sum: never a bound that
    /// does not hold, and at least as tight as the true one.
    /// </summary>
    private void RowsCounted(WresReport report, FigureSlots slots)
    {
        var options = ledger.Options;
        var rows = new List<long>();
        foreach (var source in report.DataQuality.Sources)
        {
            var counted = PublishedRows.Upper(PublishedRows.Shown(source.RowsCounted, options), options);
            var read = PublishedRows.Upper(PublishedRows.Shown(source.RowsRead, options), options) - source.RowsExcluded - source.RowsRejected;
            rows.Add(Math.Min(counted, read));
        }

        if (slots.Workforce is { } workforce)
        {
            Bound([workforce.Total], rows);
        }

        foreach (var (result, likelihood) in slots.Likelihoods)
        {
            Bound(ReferenceEquals(result, report.Appointment) ? likelihood.Bases : likelihood.Events, rows);
        }
    }

    private void Bound(IReadOnlyList<int> cells, List<long> rows)
    {
        long sum = 0;
        foreach (var cell in cells)
        {
            sum += ledger.Value(cell);
        }

        long? best = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] >= sum && (best is null || rows[i] < best))
            {
                best = rows[i];
            }
        }

        long? pair = null;
        for (var i = 0; i < rows.Count && best is null; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                if (rows[i] + rows[j] >= sum && (pair is null || rows[i] + rows[j] < pair))
                {
                    pair = rows[i] + rows[j];
                }
            }
        }

        if ((best ?? pair) is { } bound)
        {
            ledger.AtMost(cells, bound);
        }
    }

    private static int Slot(GroupSlots group, ComparisonGroup which) => which switch
    {
        ComparisonGroup.Reference => group.Reference,
        ComparisonGroup.Focus => group.Focus,
        _ => group.Unknown,
    };

    private static Proportion Proportion(LikelihoodIndicatorResult result, ComparisonGroup group) => group switch
    {
        ComparisonGroup.Reference => result.Reference,
        ComparisonGroup.Focus => result.Focus,
        _ => result.Unknown,
    };
}
