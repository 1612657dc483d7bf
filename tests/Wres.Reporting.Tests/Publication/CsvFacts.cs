using System.Globalization;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Publication;

/// <summary>Reads every cell of a published CSV report (one report, or a roll-up with its <c>Organisation</c> column) into <see cref="PublishedFacts"/>.</summary>
internal static class CsvFacts
{
    public static void Read(string csv, PublishedFacts facts, bool wdes)
    {
        var records = Csv.Parse(csv);
        var rollUp = records[0][0] == "Organisation";
        var offset = rollUp ? 1 : 0;
        var boardId = wdes ? "10" : "9";
        var likelihoods = wdes ? new[] { "2", "3" } : ["2", "3", "4"];
        var orientations = new Dictionary<(string, string), string>();
        var ratios = new Dictionary<(string, string), (decimal? Ratio, decimal? Lower, decimal? Upper, decimal? P)>();
        var breakdownRatios = new Dictionary<string, (decimal? Ratio, decimal? Lower, decimal? Upper, decimal? P)>();
        var parities = new Dictionary<(string, string), (long? ToParity, long? ToBand)>();
        foreach (var record in records.Skip(1))
        {
            var prefix = rollUp && record[0].Length > 0 ? record[0] + "/" : string.Empty;
            facts.Prefixes.Add(prefix);
            var (indicator, segment, row, measure) = (record[offset], record[offset + 1], record[offset + 2], record[offset + 3]);
            string Cell(int i) => record[offset + 4 + i];
            var (reference, focus, unknown, total, value, lower, upper, text) = (Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), Cell(7));
            switch (indicator, measure)
            {
                case ("Workforce", "Count"):
                    Groups(facts, prefix + "workforce/", reference, focus, unknown, total);
                    break;
                case ("Workforce", "Percent"):
                    Shares(facts, prefix + "workforce/", reference, focus, unknown);
                    break;
                case ("Workforce", "DeclarationRate"):
                    Share(facts, [prefix + "workforce/W", prefix + "workforce/B"], [prefix + "workforce/T"], value, 1, 100);
                    break;
                case ("Workforce", _) when measure.StartsWith("Known", StringComparison.Ordinal):
                    Share(facts, [prefix + "workforce/B"], [prefix + "workforce/W", prefix + "workforce/B"], value, 1, 100);
                    break;
                case ("Workforce", "PeopleDecidedBy"):
                    Count(facts, prefix + "selection/" + row, total);
                    break;
                case ("Workforce" or "1", "Detail"):
                    var detail = indicator == "Workforce" ? $"{prefix}detail/All/All/" : $"{prefix}detail/{segment}/{row}/";
                    var unknownKey = indicator == "Workforce" ? prefix + "workforce/U" : $"{prefix}row/{segment}/{row}/U";
                    Count(facts, text == "Unknown" ? unknownKey : detail + text, total);
                    break;
                case ("1", _) when measure.EndsWith("ToParity", StringComparison.Ordinal):
                    if (Decimal(value) is { } parity)
                    {
                        facts.Parities.Add(($"{prefix}row/{segment}/{row}/B", $"{prefix}row/{segment}/{row}/T", prefix + "workforce/B", prefix + "workforce/T", (long)parity));
                    }

                    break;
                case ("1", "Count"):
                    Groups(facts, $"{prefix}row/{segment}/{row}/", reference, focus, unknown, total);
                    break;
                case ("1", "Percent"):
                    Shares(facts, $"{prefix}row/{segment}/{row}/", reference, focus, unknown);
                    break;
                case ("DataQuality", "RowsRead" or "RowsCounted" or "RowsExcluded" or "RowsRejected"):
                    var key = (prefix, segment);
                    var rows = facts.Rows.GetValueOrDefault(key);
                    var n = int.Parse(value, CultureInfo.InvariantCulture);
                    facts.Rows[key] = measure switch
                    {
                        "RowsRead" => rows with { Read = n },
                        "RowsCounted" => rows with { Counted = n },
                        "RowsExcluded" => rows with { Excluded = n },
                        _ => rows with { Rejected = n },
                    };
                    break;
                case var (id, _) when id == boardId && measure == "Members":
                    var subset = char.ToLowerInvariant(row[0]) + row[1..];
                    Count(facts, $"{prefix}board/{subset}/M", total);
                    Groups(facts, $"{prefix}board/{subset}/", reference, focus, unknown, null);
                    break;
                case var (id, _) when id == boardId && measure == "Percent" && row == "Workforce":
                    Share(facts, [prefix + "workforce/B"], [prefix + "workforce/T"], focus, 1, 100);
                    break;
                case var (id, _) when id == boardId && measure == "Percent":
                    Share(facts, [$"{prefix}board/{char.ToLowerInvariant(row[0]) + row[1..]}/B"], [$"{prefix}board/{char.ToLowerInvariant(row[0]) + row[1..]}/M"], focus, 1, 100);
                    break;
                case var (id, _) when id == boardId && measure == "DifferencePercentagePoints" && Decimal(value) is { } difference:
                    var b = $"{prefix}board/{char.ToLowerInvariant(row[0]) + row[1..]}/";
                    facts.Differences.Add((b + "B", b + "M", prefix + "workforce/B", prefix + "workforce/T", difference));
                    break;
                case var (id, _) when likelihoods.Contains(id) && segment is "ByBand" or "ByStaffGroup":
                    var k = $"{prefix}breakdown/{id}/{(segment == "ByBand" ? "band" : "staffGroup")}/{row}/";
                    switch (measure)
                    {
                        case "Events" or "Base":
                            var which = measure == "Events" ? "events" : "base";
                            Count(facts, $"{k}W/{which}", reference);
                            Count(facts, $"{k}B/{which}", focus);
                            Count(facts, $"{k}U/{which}", unknown);
                            break;
                        case "Likelihood":
                            foreach (var (cell, group) in new[] { (reference, "W"), (focus, "B"), (unknown, "U") })
                            {
                                Share(facts, [$"{k}{group}/events"], [$"{k}{group}/base"], cell, 3, 1);
                            }

                            break;
                        case "RelativeLikelihood":
                            breakdownRatios[k] = (Decimal(value), Decimal(lower), Decimal(upper), null);
                            break;
                        case "PValue":
                            breakdownRatios[k] = breakdownRatios[k] with { P = Decimal(value) };
                            break;
                    }

                    break;
                case var (id, _) when likelihoods.Contains(id) && segment == "Detail":
                    var d = $"{prefix}appointmentDetail/{id}/{row}/";
                    switch (measure)
                    {
                        case "Events":
                            Count(facts, d + "events", value);
                            break;
                        case "Base":
                            Count(facts, d + "base", value);
                            break;
                        case "Likelihood":
                            Share(facts, [d + "events"], [d + "base"], value, 3, 1);
                            break;
                    }

                    break;
                case var (id, _) when likelihoods.Contains(id) && measure is "Events" or "Base":
                    facts.Likelihoods.Add((prefix, id));
                    var part = measure == "Events" ? "events" : "base";
                    Count(facts, $"{prefix}likelihood/{id}/W/{part}", reference);
                    Count(facts, $"{prefix}likelihood/{id}/B/{part}", focus);
                    Count(facts, $"{prefix}likelihood/{id}/U/{part}", unknown);
                    break;
                case var (id, _) when likelihoods.Contains(id) && measure == "Likelihood":
                    foreach (var (cell, group) in new[] { (reference, "W"), (focus, "B"), (unknown, "U") })
                    {
                        Share(facts, [$"{prefix}likelihood/{id}/{group}/events"], [$"{prefix}likelihood/{id}/{group}/base"], cell, 3, 1);
                    }

                    break;
                case var (id, _) when likelihoods.Contains(id) && measure == "RelativeLikelihood":
                    orientations[(prefix, id)] = text;
                    ratios[(prefix, id)] = (Decimal(value), Decimal(lower), Decimal(upper), null);
                    break;
                case var (id, _) when likelihoods.Contains(id) && measure == "PValue":
                    ratios[(prefix, id)] = ratios[(prefix, id)] with { P = Decimal(value) };
                    break;
                case var (id, _) when likelihoods.Contains(id) && measure is "ToParity" or "ToBand":
                    var found = parities.GetValueOrDefault((prefix, id));
                    parities[(prefix, id)] = measure == "ToParity" ? found with { ToParity = (long?)Decimal(value) } : found with { ToBand = (long?)Decimal(value) };
                    break;
                case var (id, _) when measure == "Percent" && !likelihoods.Contains(id) && id != "1":
                    if (Decimal(reference) is { } referencePercent)
                    {
                        facts.SurveyResults.Add(($"{prefix}survey/{id}/W", referencePercent));
                    }

                    if (Decimal(focus) is { } focusPercent)
                    {
                        facts.SurveyResults.Add(($"{prefix}survey/{id}/B", focusPercent));
                    }

                    break;
                case var (id, _) when measure == "Respondents":
                    Count(facts, $"{prefix}survey/{id}/W", reference);
                    Count(facts, $"{prefix}survey/{id}/B", focus);
                    break;
            }
        }

        foreach (var ((prefix, id), (ratio, lower, upper, p)) in ratios)
        {
            var referenceFirst = orientations[(prefix, id)].StartsWith(wdes ? "NonDisabled" : "White", StringComparison.Ordinal);
            var (n, d) = referenceFirst ? ("W", "B") : ("B", "W");
            var k = $"{prefix}likelihood/{id}/";
            if (ratio is not null || lower is not null || p is not null)
            {
                facts.Ratios.Add(([k + n + "/events", k + n + "/base", k + d + "/events", k + d + "/base"], ratio, lower, upper, p, false));
            }
        }

        foreach (var (k, (ratio, lower, upper, p)) in breakdownRatios)
        {
            if (ratio is not null || lower is not null || p is not null)
            {
                facts.Ratios.Add(([k + "W/events", k + "W/base", k + "B/events", k + "B/base"], ratio, lower, upper, p, false));
            }
        }

        foreach (var ((prefix, id), (toParity, toBand)) in parities)
        {
            var k = $"{prefix}likelihood/{id}/";
            if (toParity is not null || toBand is not null)
            {
                var referenceFirst = orientations[(prefix, id)].StartsWith(wdes ? "NonDisabled" : "White", StringComparison.Ordinal);
                facts.LikelihoodParities.Add(([k + "W/events", k + "W/base", k + "B/events", k + "B/base"], referenceFirst, toParity, toBand));
            }
        }

        // Survey results only count against respondents that are given.
        facts.SurveyResults.RemoveAll(s => !facts.Counts.ContainsKey(s.Respondents));
    }

    private static void Groups(PublishedFacts facts, string key, string reference, string focus, string unknown, string? total)
    {
        Count(facts, key + "W", reference);
        Count(facts, key + "B", focus);
        Count(facts, key + "U", unknown);
        if (total is not null)
        {
            Count(facts, key + "T", total);
        }
    }

    private static void Shares(PublishedFacts facts, string key, string reference, string focus, string unknown)
    {
        Share(facts, [key + "W"], [key + "T"], reference, 1, 100);
        Share(facts, [key + "B"], [key + "T"], focus, 1, 100);
        Share(facts, [key + "U"], [key + "T"], unknown, 1, 100);
    }

    private static void Share(PublishedFacts facts, string[] numerator, string[] denominator, string cell, int decimals, double scale)
    {
        if (Decimal(cell) is { } shown)
        {
            facts.Shares.Add((numerator, denominator, shown, decimals, scale));
        }
    }

    private static void Count(PublishedFacts facts, string key, string cell)
    {
        if (cell.Length > 0)
        {
            facts.Count(key, cell);
        }
    }

    private static decimal? Decimal(string cell) =>
        decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
