using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Publication;
using Wres.Core.RollUp;
using Wres.Core.Statistics;

namespace Wres.Reporting.Tests.Publication;

/// <summary>
/// Sets the <see cref="Adversary"/> on what was published: every count's cell, the relations a reader of the standard
/// knows (the random datasets make them exact: one year, the snapshot headcount as the base of indicators 3 and 4,
/// every staff member in an organisation of a roll-up, one row per person), and every figure that says more than
/// the counts shown. Reports each count a hidden cell leaves to one value, and checks that every true count stays in
/// its range (so the reasoning is sound and the report honest).
/// </summary>
internal static partial class Attack
{
    private static readonly string[] Groups = ["W", "B", "U"];

    /// <summary>The keys of hidden counts from 1 to the policy's limit that the reader pins, with the value.</summary>
    public static List<string> Pinned(PublishedFacts facts, DisclosureOptions policy, bool wdes, IReadOnlyDictionary<string, long> truth)
    {
        var adversary = new Adversary();
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, shown) in facts.Counts)
        {
            foreach (var cell in shown)
            {
                var (low, high) = PublishedFacts.Range(cell, policy, exact: key.EndsWith("/M", StringComparison.Ordinal));
                adversary.Know(key, low, high);
                if (!long.TryParse(cell, out _))
                {
                    hidden.Add(key);
                }
            }
        }

        Structure(adversary, facts, wdes);
        Figures(adversary, facts);
        var bounds = adversary.Reason();
        foreach (var (key, (low, high)) in bounds)
        {
            if (truth.TryGetValue(key, out var value))
            {
                Assert.True(low <= value && value <= high, $"{key} is {value}, outside what the report says: [{low}, {high}].");
            }
        }

        // Every place that shows a count must show the same published cell: a figure quoting a count another way (a
        // sentence with the true count beside a table's rounded one) would give more than the policy allows.
        var inconsistent = facts.Counts.Where(c => c.Value.Select(Normal).Distinct(StringComparer.Ordinal).Skip(1).Any())
            .Select(c => $"{c.Key} shown as {string.Join(" and ", c.Value.Distinct(StringComparer.Ordinal))}");

        var control = new DisclosureControl(policy);
        return [.. inconsistent, .. hidden.Where(key => truth.TryGetValue(key, out var value) && value > 0 && control.Apply((int)value).IsSuppressed && bounds[key].Low == bounds[key].High)
            .Select(key => $"{key} = {truth[key]}")];
    }

    private static string Normal(string cell) => cell.Trim() is "*" or "<5" or "<10" ? "suppressed" : cell.Trim();

    private static void Structure(Adversary adversary, PublishedFacts facts, bool wdes)
    {
        var keys = new HashSet<string>(facts.Counts.Keys, StringComparer.Ordinal);
        string[] headcountIds = wdes ? ["3"] : ["3", "4"];
        foreach (var p in facts.Prefixes)
        {
            var workforce = p + "workforce/";
            Group(adversary, keys, workforce, "T");
            var rows = keys.Where(k => k.StartsWith(p + "row/", StringComparison.Ordinal)).Select(k => k[..k.LastIndexOf('/')]).Distinct().ToList();
            foreach (var row in rows)
            {
                Group(adversary, keys, row + "/", "T");
            }

            foreach (var x in new[] { "W", "B", "U", "T" })
            {
                var segmentTotals = new List<string>();
                foreach (var segment in rows.Select(r => r.Split('/')[^2]).Distinct().Where(s => s != "All"))
                {
                    var bands = rows.Where(r => r.Split('/')[^2] == segment && r.Split('/')[^1] != "All").Select(r => $"{r}/{x}").ToList();
                    adversary.Sum($"{p}row/{segment}/All/{x}", bands);
                    segmentTotals.Add($"{p}row/{segment}/All/{x}");
                }

                if (rows.Contains($"{p}row/All/All"))
                {
                    adversary.Sum($"{p}row/All/All/{x}", segmentTotals);
                    adversary.Sum($"{p}row/All/All/{x}", [workforce + x]);
                }
            }

            Detail(adversary, keys, p);
            var selection = keys.Where(k => k.StartsWith(p + "selection/", StringComparison.Ordinal)).ToList();
            adversary.Sum(workforce + "T", selection);

            foreach (var (prefix, id) in facts.Likelihoods.Where(l => l.Prefix == p))
            {
                foreach (var g in new[] { "W", "B", "U" })
                {
                    var k = $"{prefix}likelihood/{id}/{g}/";
                    adversary.NotAbove(k + "events", k + "base");
                    if (headcountIds.Contains(id))
                    {
                        adversary.Sum(k + "base", [workforce + g]);
                    }
                }
            }

            Breakdowns(adversary, keys, facts, p);
            foreach (var subset in new[] { "total", "voting", "nonVoting", "executive", "nonExecutive" })
            {
                if (keys.Contains($"{p}board/{subset}/M"))
                {
                    adversary.Sum($"{p}board/{subset}/M", [$"{p}board/{subset}/W", $"{p}board/{subset}/B", $"{p}board/{subset}/U"]);
                }
            }

            foreach (var x in new[] { "W", "B", "U", "M" })
            {
                if (keys.Contains($"{p}board/nonVoting/{x}"))
                {
                    adversary.Sum($"{p}board/total/{x}", [$"{p}board/voting/{x}", $"{p}board/nonVoting/{x}"]);
                    adversary.Sum($"{p}board/total/{x}", [$"{p}board/executive/{x}", $"{p}board/nonExecutive/{x}"]);
                }
            }

            // Rows counted hold at least the people they count: the rounded figure's top, and rows read less those excluded and rejected.
            foreach (var ((prefix, file), (read, counted, excluded, rejected)) in facts.Rows.Where(r => r.Key.Prefix == p))
            {
                var top = Math.Min(counted == 0 ? 0 : counted + 2, read == 0 ? 0 : read + 2 - excluded - rejected);
                IEnumerable<string> people = file switch
                {
                    "staff" => [workforce + "T"],
                    "recruitment" => Groups.Select(g => $"{prefix}likelihood/2/{g}/base"),
                    "disciplinary" => Groups.Select(g => $"{prefix}likelihood/3/{g}/events"),
                    "training" => Groups.Select(g => $"{prefix}likelihood/4/{g}/events"),
                    _ => [],
                };
                var counts = people.Where(keys.Contains).ToList();
                if (counts.Count > 0)
                {
                    adversary.AtMost(counts, top);
                }
            }
        }

        // A combined report is the sum of its organisations (every staff member is in one); an organisation without
        // cases or training adds its headcount to the combined base.
        var organisations = facts.Prefixes.Where(p => p.Length > 0).ToList();
        if (organisations.Count == 0)
        {
            return;
        }

        foreach (var key in keys.Where(k => !organisations.Any(o => k.StartsWith(o, StringComparison.Ordinal))).ToList())
        {
            if (key.StartsWith("board/", StringComparison.Ordinal) || key.StartsWith("survey/", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = new List<string>();
            foreach (var organisation in organisations)
            {
                var part = organisation + key;
                var segments = key.Split('/');
                if (keys.Contains(part))
                {
                    parts.Add(part);
                }
                else if (segments[0] == "likelihood" && headcountIds.Contains(segments[1]) && segments[3] == "base" && keys.Contains($"{organisation}workforce/{segments[2]}"))
                {
                    parts.Add($"{organisation}workforce/{segments[2]}");
                }
            }

            adversary.Sum(key, parts);
        }
    }

    private static void Group(Adversary adversary, HashSet<string> keys, string key, string total)
    {
        if (keys.Contains(key + total))
        {
            adversary.Sum(key + total, [key + "W", key + "B", key + "U"]);
        }
    }

    private static void Figures(Adversary adversary, PublishedFacts facts)
    {
        long? Shown(string key) =>
            facts.Counts.TryGetValue(key, out var cells) && cells.Select(c => long.TryParse(c, out var v) ? v : (long?)null).FirstOrDefault(v => v is not null) is { } value ? value : null;

        foreach (var (numerator, denominator, shown, decimals, scale) in facts.Shares)
        {
            // A figure computed from the counts as shown says nothing more; any other is taken to come from the true counts.
            var top = numerator.Select(Shown).ToList();
            var bottom = denominator.Select(Shown).ToList();
            if (top.All(v => v is not null) && bottom.All(v => v is not null) && bottom.Sum() > 0
                && Adversary.Rounds((double)top.Sum()!.Value * scale / bottom.Sum()!.Value, shown, decimals))
            {
                continue;
            }

            adversary.Percent(numerator, denominator, shown, decimals, scale);
        }

        foreach (var (subsetFocus, members, workforceFocus, workforceTotal, shown) in facts.Differences)
        {
            var values = new[] { subsetFocus, members, workforceFocus, workforceTotal }.Select(Shown).ToList();
            if (values.All(v => v is not null) && values[1] > 0 && values[3] > 0
                && Adversary.Rounds((values[0]!.Value * 100.0 / values[1]!.Value) - (values[2]!.Value * 100.0 / values[3]!.Value), shown, 1))
            {
                continue;
            }

            adversary.Figure([subsetFocus, members, workforceFocus, workforceTotal], v =>
                v[1] > 0 && v[3] > 0 && Adversary.Rounds((v[0] * 100.0 / v[1]) - (v[2] * 100.0 / v[3]), shown, 1));
        }

        foreach (var (keys, ratio, lower, upper, p, below) in facts.Ratios)
        {
            adversary.Ratio(keys, ratio, lower, upper, p, below);
        }

        foreach (var (rowFocus, rowTotal, workforceFocus, workforceTotal, shown) in facts.Parities)
        {
            // People to parity from the counts as shown says nothing more; any other is taken to come from the true counts.
            string[] keys = [rowFocus, rowTotal, workforceFocus, workforceTotal];
            var values = keys.Select(Shown).ToList();
            if (values.All(v => v is not null) && values[1] > 0 && values[3] > 0 && ToParity(values[0]!.Value, values[1]!.Value, values[2]!.Value, values[3]!.Value) == shown)
            {
                continue;
            }

            adversary.Figure(keys, v => v[0] <= v[1] && v[2] <= v[3] && v[1] > 0 && v[3] > 0 && ToParity(v[0], v[1], v[2], v[3]) == shown);
        }

        foreach (var (keys, referenceFirst, toParity, toBand) in facts.LikelihoodParities)
        {
            var values = keys.Select(Shown).ToList();
            if (values.All(v => v is not null) && LikelihoodParityHolds([.. values.Select(v => v!.Value)], referenceFirst, toParity, toBand))
            {
                continue;
            }

            adversary.Figure(keys, v => LikelihoodParityHolds(v, referenceFirst, toParity, toBand));
        }

        foreach (var (respondents, shown) in facts.SurveyResults)
        {
            adversary.Figure([respondents], v => v[0] > 0 && Enumerable.Range(0, (int)v[0] + 1).Any(positive => Adversary.Rounds(positive * 100.0 / v[0], shown, 1)));
        }
    }

    /// <summary>max(0, ceil(s × H) − B), s = workforce focus ÷ workforce total (rules §8).</summary>
    private static long ToParity(long focus, long total, long workforceFocus, long workforceTotal) =>
        Math.Max(0, ((workforceFocus * total) + workforceTotal - 1) / workforceTotal - focus);

    /// <summary>Whether counts (reference events, base, focus events, base) give the people to parity and to the band shown.</summary>
    private static bool LikelihoodParityHolds(long[] v, bool referenceFirst, long? toParity, long? toBand)
    {
        if (v[0] > v[1] || v[2] > v[3] || v[1] > int.MaxValue || v[3] > int.MaxValue)
        {
            return false;
        }

        var parity = PeopleToParity.For(
            Proportion.Of((int)v[0], (int)v[1]), Proportion.Of((int)v[2], (int)v[3]),
            referenceFirst ? RatioOrientation.ReferenceOverFocus : RatioOrientation.FocusOverReference, 1.25m);
        return parity is not null && (toParity is null || parity.ToParity == toParity) && (toBand is null || parity.ToBand == toBand);
    }

    /// <summary>The true value of every count a report can show, under the adversary's keys.</summary>
    public static Dictionary<string, long> Truth(WresReport report, string prefix = "")
    {
        var truth = new Dictionary<string, long>(StringComparer.Ordinal);
        void Group(string key, GroupTally tally, string total = "T")
        {
            truth[key + "W"] = tally.Reference;
            truth[key + "B"] = tally.Focus;
            truth[key + "U"] = tally.Unknown;
            truth[key + total] = tally.Total;
        }

        if (report.Workforce is { } workforce)
        {
            Group(prefix + "workforce/", workforce);
        }

        foreach (var row in report.Representation.Rows)
        {
            Group($"{prefix}row/{row.Segment?.ToString() ?? "All"}/{row.Label}/", row.Counts);
        }

        foreach (var row in report.Representation.Rows)
        {
            foreach (var group in WhiteGroups.Concat(BmeGroups))
            {
                if (row.Detail is { } detail)
                {
                    truth[$"{prefix}detail/{row.Segment?.ToString() ?? "All"}/{row.Label}/{group}"] = detail[Enum.Parse<DetailedEthnicGroup>(group)];
                }
            }
        }

        foreach (var (rule, people) in report.Selection)
        {
            truth[$"{prefix}selection/{rule}"] = people;
        }

        foreach (var likelihood in new[] { report.Appointment, report.FormalProcess, report.Training })
        {
            if (likelihood is { Status: IndicatorStatus.Computed })
            {
                foreach (var (g, proportion) in new[] { ("W", likelihood.Reference), ("B", likelihood.Focus), ("U", likelihood.Unknown) })
                {
                    truth[$"{prefix}likelihood/{likelihood.Id}/{g}/events"] = proportion.Events;
                    truth[$"{prefix}likelihood/{likelihood.Id}/{g}/base"] = proportion.Base;
                }
            }
        }

        var appointment = report.Appointment;
        foreach (var (kind, rows) in new[] { ("band", appointment.ByPayBand), ("staffGroup", appointment.ByStaffGroup) })
        {
            foreach (var row in rows ?? [])
            {
                foreach (var (g, proportion) in new[] { ("W", row.Reference), ("B", row.Focus), ("U", row.Unknown) })
                {
                    truth[$"{prefix}breakdown/2/{kind}/{row.Label}/{g}/events"] = proportion.Events;
                    truth[$"{prefix}breakdown/2/{kind}/{row.Label}/{g}/base"] = proportion.Base;
                }
            }
        }

        foreach (var group in appointment.ByDetailedGroup ?? [])
        {
            truth[$"{prefix}appointmentDetail/2/{group.Group}/events"] = group.Proportion.Events;
            truth[$"{prefix}appointmentDetail/2/{group.Group}/base"] = group.Proportion.Base;
        }

        var board = report.Board;
        foreach (var (name, subset) in new[] { ("total", board.Total), ("voting", board.Voting), ("nonVoting", board.NonVoting), ("executive", board.Executive), ("nonExecutive", board.NonExecutive) })
        {
            Group($"{prefix}board/{name}/", subset.Members, "M");
        }

        foreach (var survey in report.Survey)
        {
            if (survey.ReferenceRespondents is { } r)
            {
                truth[$"{prefix}survey/{survey.Id}/W"] = r;
            }

            if (survey.FocusRespondents is { } f)
            {
                truth[$"{prefix}survey/{survey.Id}/B"] = f;
            }
        }

        return truth;
    }

    /// <summary>The true value of every count of a roll-up: the combined report's and each organisation's.</summary>
    public static Dictionary<string, long> Truth(RollUpReport rollUp)
    {
        var truth = Truth(rollUp.Combined);
        foreach (var organisation in rollUp.Organisations)
        {
            foreach (var (key, value) in Truth(organisation, organisation.Organisation + "/"))
            {
                truth[key] = value;
            }
        }

        return truth;
    }
}
