using System.Globalization;
using System.Text.Json;
using Wres.Core;

namespace Wres.Reporting.Tests.Publication;

/// <summary>Reads every number of a published JSON report (and each organisation's of a roll-up) into <see cref="PublishedFacts"/>.</summary>
internal static class JsonFacts
{
    public static void Read(JsonElement report, PublishedFacts facts, string prefix = "")
    {
        var wdes = report.GetProperty("standard").GetString() == "wdes";
        var (r, f) = wdes ? ("nonDisabled", "disabled") : ("white", "bme");
        var (rp, fp) = (r + "Percent", f + "Percent");
        facts.Prefixes.Add(prefix);
        if (report.TryGetProperty("workforce", out var workforce) && workforce.ValueKind == JsonValueKind.Object)
        {
            var key = prefix + "workforce/";
            Count(facts, workforce, "headcount", key + "T");
            Groups(facts, workforce, key, r, f);
            Shares(facts, workforce, key, rp, fp);
            Known(facts, workforce, key, wdes);
            Detail(facts, workforce, prefix + "detail/All/All/", key + "U");
            foreach (var rule in workforce.GetProperty("selection").EnumerateObject())
            {
                if (!rule.Name.EndsWith("Suppressed", StringComparison.Ordinal) && !rule.Name.EndsWith("Withheld", StringComparison.Ordinal))
                {
                    Count(facts, workforce.GetProperty("selection"), rule.Name, prefix + "selection/" + rule.Name);
                }
            }
        }

        foreach (var indicator in report.TryGetProperty("indicators", out var list) ? list.EnumerateArray() : default)
        {
            if (indicator.GetProperty("status").GetString() != "Computed")
            {
                continue;
            }

            var id = indicator.GetProperty("id").GetString()!;
            switch (indicator.GetProperty("kind").GetString())
            {
                case "representation":
                    foreach (var row in indicator.GetProperty("rows").EnumerateArray())
                    {
                        var key = $"{prefix}row/{row.GetProperty("segment").GetString()}/{row.GetProperty("row").GetString()}/";
                        Count(facts, row, "total", key + "T");
                        Groups(facts, row, key, r, f);
                        Shares(facts, row, key, rp, fp);
                        Detail(facts, row, $"{prefix}detail/{row.GetProperty("segment").GetString()}/{row.GetProperty("row").GetString()}/", key + "U");
                        if (Number(row, f + "ToParity") is { } parity)
                        {
                            facts.Parities.Add((key + "B", key + "T", prefix + "workforce/B", prefix + "workforce/T", (long)parity));
                        }
                    }

                    Known(facts, indicator, prefix + "workforce/", wdes);
                    break;
                case "likelihood":
                    facts.Likelihoods.Add((prefix, id));
                    var keys = new Dictionary<string, (string Events, string Base)>();
                    foreach (var (name, group) in new[] { (r, "W"), (f, "B"), ("unknown", "U") })
                    {
                        var element = indicator.GetProperty(name);
                        var k = $"{prefix}likelihood/{id}/{group}/";
                        Count(facts, element, "events", k + "events");
                        Count(facts, element, "base", k + "base");
                        keys[group] = (k + "events", k + "base");
                        if (Number(element, "likelihood") is { } likelihood)
                        {
                            facts.Shares.Add(([k + "events"], [k + "base"], likelihood, 3, 1));
                        }
                    }

                    var referenceFirst = indicator.GetProperty("orientation").GetString()!.StartsWith(wdes ? "NonDisabled" : "White", StringComparison.Ordinal);
                    var (n, d) = referenceFirst ? (keys["W"], keys["B"]) : (keys["B"], keys["W"]);
                    var ci = indicator.GetProperty("ci95");
                    var ratio = Number(indicator, "relativeLikelihood");
                    var lower = ci.ValueKind == JsonValueKind.Object ? Number(ci, "lower") : null;
                    var upper = ci.ValueKind == JsonValueKind.Object ? Number(ci, "upper") : null;
                    var p = Number(indicator, "pValue");
                    if (ratio is not null || lower is not null || p is not null)
                    {
                        facts.Ratios.Add(([n.Events, n.Base, d.Events, d.Base], ratio, lower, upper, p, false));
                    }

                    Breakdowns(facts, indicator, prefix, id, r, f);
                    var (toParity, toBand) = (Number(indicator, "toParity"), Number(indicator, "toBand"));
                    if (toParity is not null || toBand is not null)
                    {
                        facts.LikelihoodParities.Add(([keys["W"].Events, keys["W"].Base, keys["B"].Events, keys["B"].Base], referenceFirst, (long?)toParity, (long?)toBand));
                    }

                    break;
                case "survey":
                    foreach (var (name, group) in new[] { (r, "W"), (f, "B") })
                    {
                        var respondents = $"{prefix}survey/{id}/{group}";
                        Count(facts, indicator, name + "Respondents", respondents);
                        if (Number(indicator, name + "Percent") is { } percent && facts.Counts.ContainsKey(respondents))
                        {
                            facts.SurveyResults.Add((respondents, percent));
                        }
                    }

                    break;
                case "board":
                    foreach (var subset in new[] { "total", "voting", "nonVoting", "executive", "nonExecutive" })
                    {
                        if (!indicator.TryGetProperty(subset, out var members))
                        {
                            continue;
                        }

                        var key = $"{prefix}board/{subset}/";
                        Count(facts, members, "members", key + "M");
                        Groups(facts, members, key, r, f);
                        if (Number(members, fp) is { } share)
                        {
                            facts.Shares.Add(([key + "B"], [key + "M"], share, 1, 100));
                        }

                        if (Number(members, "differencePercentagePoints") is { } difference)
                        {
                            facts.Differences.Add((key + "B", key + "M", prefix + "workforce/B", prefix + "workforce/T", difference));
                        }
                    }

                    if (Number(indicator, "workforce" + char.ToUpperInvariant(fp[0]) + fp[1..]) is { } workforceShare)
                    {
                        facts.Shares.Add(([prefix + "workforce/B"], [prefix + "workforce/T"], workforceShare, 1, 100));
                    }

                    break;
            }
        }

        foreach (var file in report.GetProperty("dataQuality").GetProperty("files").EnumerateArray())
        {
            facts.Rows[(prefix, file.GetProperty("file").GetString()!)] = (
                file.GetProperty("rowsRead").GetInt32(), file.GetProperty("rowsCounted").GetInt32(), file.GetProperty("rowsExcluded").GetInt32(), file.GetProperty("rowsRejected").GetInt32());
        }

        if (report.TryGetProperty("organisations", out var organisations))
        {
            foreach (var organisation in organisations.EnumerateArray())
            {
                Read(organisation, facts, organisation.GetProperty("organisation").GetString() + "/");
            }
        }
    }

    /// <summary>Indicator 2 by pay band and staff group (each row's counts, likelihoods and ratio), and by detailed group.</summary>
    private static void Breakdowns(PublishedFacts facts, JsonElement indicator, string prefix, string id, string reference, string focus)
    {
        foreach (var (list, kind, field) in new[] { ("byBand", "band", "payBand"), ("byStaffGroup", "staffGroup", "staffGroup") })
        {
            if (!indicator.TryGetProperty(list, out var rows))
            {
                continue;
            }

            foreach (var row in rows.EnumerateArray())
            {
                var k = $"{prefix}breakdown/{id}/{kind}/{row.GetProperty(field).GetString()}/";
                foreach (var (name, group) in new[] { (reference, "W"), (focus, "B"), ("unknown", "U") })
                {
                    var element = row.GetProperty(name);
                    Count(facts, element, "events", $"{k}{group}/events");
                    Count(facts, element, "base", $"{k}{group}/base");
                    if (Number(element, "likelihood") is { } likelihood)
                    {
                        facts.Shares.Add(([$"{k}{group}/events"], [$"{k}{group}/base"], likelihood, 3, 1));
                    }
                }

                var ci = row.GetProperty("ci95");
                var ratio = Number(row, "relativeLikelihood");
                var lower = ci.ValueKind == JsonValueKind.Object ? Number(ci, "lower") : null;
                var upper = ci.ValueKind == JsonValueKind.Object ? Number(ci, "upper") : null;
                var p = Number(row, "pValue");
                if (ratio is not null || lower is not null || p is not null)
                {
                    facts.Ratios.Add(([k + "W/events", k + "W/base", k + "B/events", k + "B/base"], ratio, lower, upper, p, false));
                }
            }
        }

        if (indicator.TryGetProperty("detail", out var detail))
        {
            foreach (var group in detail.EnumerateObject())
            {
                var k = $"{prefix}appointmentDetail/{id}/{group.Name}/";
                Count(facts, group.Value, "events", k + "events");
                Count(facts, group.Value, "base", k + "base");
                if (Number(group.Value, "likelihood") is { } likelihood)
                {
                    facts.Shares.Add(([k + "events"], [k + "base"], likelihood, 3, 1));
                }
            }
        }
    }

    /// <summary>A row's (or the workforce's) detailed ethnic groups, when shown: Unknown is the row's own Unknown count.</summary>
    private static void Detail(PublishedFacts facts, JsonElement parent, string key, string unknown)
    {
        if (!parent.TryGetProperty("detail", out var detail))
        {
            return;
        }

        foreach (var group in DetailedGroups)
        {
            Count(facts, detail, group, group == "Unknown" ? unknown : key + group);
        }
    }

    /// <summary>The detailed ethnic groups' keys.</summary>
    public static readonly string[] DetailedGroups = ["WhiteBritish", "WhiteIrish", "WhiteOther", "Mixed", "Asian", "Black", "Chinese", "Other", "Unknown"];

    private static void Groups(PublishedFacts facts, JsonElement parent, string key, string reference, string focus)
    {
        Count(facts, parent, reference, key + "W");
        Count(facts, parent, focus, key + "B");
        Count(facts, parent, "unknown", key + "U");
    }

    private static void Shares(PublishedFacts facts, JsonElement parent, string key, string referencePercent, string focusPercent)
    {
        foreach (var (name, group) in new[] { (referencePercent, "W"), (focusPercent, "B"), ("unknownPercent", "U") })
        {
            if (Number(parent, name) is { } share)
            {
                facts.Shares.Add(([key + group], [key + "T"], share, 1, 100));
            }
        }
    }

    private static void Known(PublishedFacts facts, JsonElement parent, string key, bool wdes)
    {
        if (Number(parent, wdes ? "knownDisabledPercent" : "knownBmePercent") is { } known)
        {
            facts.Shares.Add(([key + "B"], [key + "W", key + "B"], known, 1, 100));
        }

        if (Number(parent, "declarationRate") is { } declared)
        {
            facts.Shares.Add(([key + "W", key + "B"], [key + "T"], declared, 1, 100));
        }
    }

    private static void Count(PublishedFacts facts, JsonElement parent, string name, string key)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            facts.Count(key, value.GetInt32().ToString(CultureInfo.InvariantCulture));
        }
        else if (parent.TryGetProperty(name + "Suppressed", out var suppressed) && suppressed.GetBoolean())
        {
            facts.Count(key, parent.TryGetProperty(name + "Withheld", out var withheld) && withheld.GetBoolean() ? "withheld" : "suppressed");
        }
    }

    private static decimal? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    /// <summary>The standard of a JSON report.</summary>
    public static EqualityStandard Standard(JsonElement report) => report.GetProperty("standard").GetString() == "wdes" ? EqualityStandard.Wdes : EqualityStandard.Wres;
}
