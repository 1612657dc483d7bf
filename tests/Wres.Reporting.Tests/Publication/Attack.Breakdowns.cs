namespace Wres.Reporting.Tests.Publication;

/// <summary>The adversary's relations for the breakdowns: indicator 2 by post and by detailed group, and indicator 1's detailed groups.</summary>
internal static partial class Attack
{
    /// <summary>
    /// Indicator 2's breakdowns add up to it: over the rows by pay band (and by staff group), each group's events and
    /// base; over the White detailed groups White's, the BME ones BME's, Unknown Unknown's. A row's events are at most its base.
    /// </summary>
    private static void Breakdowns(Adversary adversary, HashSet<string> keys, PublishedFacts facts, string p)
    {
        foreach (var (_, id) in facts.Likelihoods.Where(l => l.Prefix == p))
        {
            foreach (var kind in new[] { "band", "staffGroup" })
            {
                var rows = $"{p}breakdown/{id}/{kind}/";
                var labels = keys.Where(k => k.StartsWith(rows, StringComparison.Ordinal)).Select(k => k[rows.Length..k.IndexOf('/', rows.Length)]).Distinct().ToList();
                foreach (var g in Groups)
                {
                    foreach (var part in new[] { "events", "base" })
                    {
                        if (labels.Count > 0)
                        {
                            adversary.Sum($"{p}likelihood/{id}/{g}/{part}", labels.Select(l => $"{rows}{l}/{g}/{part}"));
                        }
                    }

                    foreach (var label in labels)
                    {
                        adversary.NotAbove($"{rows}{label}/{g}/events", $"{rows}{label}/{g}/base");
                    }
                }
            }

            var detail = $"{p}appointmentDetail/{id}/";
            if (!keys.Contains(detail + "WhiteBritish/events"))
            {
                continue;
            }

            foreach (var (g, groups) in new[] { ("W", new[] { "WhiteBritish", "WhiteIrish", "WhiteOther" }), ("B", ["Mixed", "Asian", "Black", "Chinese", "Other"]), ("U", ["Unknown"]) })
            {
                foreach (var part in new[] { "events", "base" })
                {
                    adversary.Sum($"{p}likelihood/{id}/{g}/{part}", groups.Select(d => $"{detail}{d}/{part}"));
                }

                foreach (var d in groups)
                {
                    adversary.NotAbove($"{detail}{d}/events", $"{detail}{d}/base");
                }
            }
        }
    }

    private static readonly string[] WhiteGroups = ["WhiteBritish", "WhiteIrish", "WhiteOther"];
    private static readonly string[] BmeGroups = ["Mixed", "Asian", "Black", "Chinese", "Other"];

    /// <summary>
    /// The detailed groups: White British, Irish and other sum to the row's White; Mixed, Asian, Black, Chinese and Other
    /// to its BME; a segment total's groups are the sums of its rows', the whole workforce's of the segments'.
    /// </summary>
    private static void Detail(Adversary adversary, HashSet<string> keys, string p)
    {
        var rows = keys.Where(k => k.StartsWith(p + "detail/", StringComparison.Ordinal)).Select(k => k[..k.LastIndexOf('/')]).Distinct().ToList();
        foreach (var row in rows)
        {
            var counts = p + "row/" + row[(p + "detail/").Length..];
            adversary.Sum(counts + "/W", WhiteGroups.Select(g => $"{row}/{g}"));
            adversary.Sum(counts + "/B", BmeGroups.Select(g => $"{row}/{g}"));
        }

        foreach (var group in WhiteGroups.Concat(BmeGroups))
        {
            var segmentTotals = new List<string>();
            foreach (var segment in rows.Select(r => r.Split('/')[^2]).Distinct().Where(s => s != "All"))
            {
                adversary.Sum($"{p}detail/{segment}/All/{group}", rows.Where(r => r.Split('/')[^2] == segment && r.Split('/')[^1] != "All").Select(r => $"{r}/{group}"));
                segmentTotals.Add($"{p}detail/{segment}/All/{group}");
            }

            if (rows.Contains($"{p}detail/All/All"))
            {
                adversary.Sum($"{p}detail/All/All/{group}", segmentTotals);
            }
        }
    }
}
