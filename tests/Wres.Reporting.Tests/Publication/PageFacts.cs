using System.Globalization;
using System.Text.RegularExpressions;
using Wres.Core.Workforce;

namespace Wres.Reporting.Tests.Publication;

/// <summary>
/// Reads what a text, Markdown or HTML page shows into <see cref="PublishedFacts"/>: every table (workforce, rows of
/// indicator 1, selection rules, likelihoods, survey, board, the organisations at a glance), the figures in the
/// summary and the notes, each relative likelihood's ratio, interval and p-value, and (HTML) every chart mark's
/// tooltip, bar widths, labels (shares, headcounts, counts) and lines (the workforce's share). A roll-up's sections
/// (<c>Combined: …</c>, <c>Organisation CODE</c>) set whose counts they are.
/// </summary>
internal static partial class PageFacts
{
    private static readonly Dictionary<string, string> Rules = new(StringComparer.Ordinal)
    {
        ["Only one in-scope assignment"] = nameof(SelectionRule.OnlyAssignment),
        ["Primary assignment"] = nameof(SelectionRule.PrimaryAssignment),
        ["Highest FTE"] = nameof(SelectionRule.HighestFte),
        ["Highest band"] = nameof(SelectionRule.HighestBand),
        ["Lowest assignment number"] = nameof(SelectionRule.LowestAssignmentNumber),
        ["Duplicate assignment number"] = nameof(SelectionRule.DuplicateAssignmentNumber),
    };

    private static readonly Dictionary<string, string> Subsets = new(StringComparer.Ordinal)
    {
        ["Whole board"] = "total", ["Voting members"] = "voting", ["Non-voting members"] = "nonVoting",
        ["Executive members"] = "executive", ["Non-executive members"] = "nonExecutive",
    };

    private static readonly Dictionary<string, string> Segments = new(StringComparer.Ordinal)
    {
        ["non-clinical staff"] = "NonClinical", ["clinical staff"] = "Clinical", ["medical and dental staff"] = "MedicalAndDental", ["whole workforce"] = "All",
        ["Non-clinical staff"] = "NonClinical", ["Clinical staff"] = "Clinical", ["Medical and dental staff"] = "MedicalAndDental", ["Whole workforce"] = "All",
    };

    private static readonly Dictionary<string, string> DetailedGroups = new(StringComparer.Ordinal)
    {
        ["White British"] = "WhiteBritish", ["White Irish"] = "WhiteIrish", ["White other"] = "WhiteOther", ["Mixed"] = "Mixed",
        ["Asian"] = "Asian", ["Black"] = "Black", ["Chinese"] = "Chinese", ["Other"] = "Other", ["Unknown"] = "Unknown",
    };

    public static void Read(IReadOnlyList<PageBlocks.Block> blocks, PublishedFacts facts, string reference, string focus)
    {
        var prefix = string.Empty;
        string? indicator = null;
        string? file = null;
        (decimal? Ratio, decimal? Lower, decimal? Upper, decimal? P, bool Below) statistics = default;
        var groupKeys = new Dictionary<string, string>(StringComparer.Ordinal) { [reference] = "W", [focus] = "B", ["Unknown"] = "U", ["Unknown (not in the ratio)"] = "U", ["Total"] = "T" };
        var orientations = new Dictionary<string, bool>();

        void Flush()
        {
            if (indicator is not null && (statistics.Ratio is not null || statistics.Lower is not null || statistics.P is not null || statistics.Below))
            {
                var referenceFirst = orientations.GetValueOrDefault(indicator, true);
                var (n, d) = referenceFirst ? ("W", "B") : ("B", "W");
                var k = $"{prefix}likelihood/{indicator}/";
                facts.Ratios.Add(([k + n + "/events", k + n + "/base", k + d + "/events", k + d + "/base"], statistics.Ratio, statistics.Lower, statistics.Upper, statistics.P, statistics.Below));
            }

            statistics = default;
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case PageBlocks.Heading heading:
                    Flush();
                    indicator = IndicatorHeading().Match(heading.Text) is { Success: true } m ? m.Groups[1].Value : null;
                    if (heading.Text.StartsWith("Combined", StringComparison.Ordinal))
                    {
                        prefix = string.Empty;
                    }
                    else if (heading.Text.StartsWith("Organisation ", StringComparison.Ordinal) && heading.Text != "Organisations at a glance")
                    {
                        prefix = heading.Text["Organisation ".Length..] + "/";
                        facts.Prefixes.Add(prefix);
                    }

                    file = heading.Level >= 3 ? heading.Text : null;
                    break;
                case PageBlocks.Table table:
                    ReadTable(table, facts, prefix, groupKeys, focus);
                    break;
                case PageBlocks.Item item:
                    ReadItem(item.Text, facts, prefix, indicator, ref statistics, orientations, reference);
                    break;
                case PageBlocks.Paragraph paragraph:
                    ReadParagraph(paragraph.Text, facts, prefix, file, focus);
                    break;
                case PageBlocks.Mark mark:
                    ReadMark(mark, facts, prefix, reference);
                    break;
            }
        }

        Flush();
    }

    private static void ReadTable(PageBlocks.Table table, PublishedFacts facts, string prefix, Dictionary<string, string> groups, string focus)
    {
        var caption = table.Caption;
        var headers = table.Headers;
        if (caption.StartsWith("People in the workforce at", StringComparison.Ordinal))
        {
            foreach (var row in table.Rows)
            {
                var key = $"{prefix}workforce/{groups[row[0]]}";
                facts.Count(key, row[1]);
                if (row[0] != "Total")
                {
                    Share(facts, [key], [prefix + "workforce/T"], row[2], 1);
                }
            }
        }
        else if (caption == "How each person's reporting assignment was chosen")
        {
            foreach (var row in table.Rows)
            {
                facts.Count($"{prefix}selection/{Rules[row[0]]}", row[1]);
            }
        }
        else if (RepresentationCaption().Match(caption) is { Success: true } representation)
        {
            var segment = Segments[representation.Groups[1].Value];
            foreach (var row in table.Rows)
            {
                var key = $"{prefix}row/{segment}/{row[0]}/";
                for (var g = 0; g < 4; g++)
                {
                    facts.Count(key + "WBUT"[g], row[1 + g]);
                }

                for (var g = 0; g < 3; g++)
                {
                    Share(facts, [key + "WBU"[g]], [key + "T"], row[5 + g], 1);
                }
            }
        }
        else if (DetailCaption().Match(caption) is { Success: true } detailed)
        {
            // Band, White British, White Irish, White other, White, Mixed, Asian, Black, Chinese, Other, BME, Unknown.
            var segment = Segments[detailed.Groups[1].Value];
            string[] columns = ["WhiteBritish", "WhiteIrish", "WhiteOther", "W", "Mixed", "Asian", "Black", "Chinese", "Other", "B", "U"];
            foreach (var row in table.Rows)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    var key = columns[c].Length == 1 ? $"{prefix}row/{segment}/{row[0]}/{columns[c]}" : $"{prefix}detail/{segment}/{row[0]}/{columns[c]}";
                    facts.Count(key, row[1 + c]);
                }
            }
        }
        else if (LikelihoodCaption().Match(caption) is { Success: true } likelihood)
        {
            var id = likelihood.Groups[1].Value;
            facts.Likelihoods.Add((prefix, id));
            foreach (var row in table.Rows)
            {
                var key = $"{prefix}likelihood/{id}/{groups[row[0]]}/";
                facts.Count(key + "events", row[1]);
                facts.Count(key + "base", row[2]);
                Share(facts, [key + "events"], [key + "base"], row[3].TrimEnd('%'), 1, 100);
            }
        }
        else if (BreakdownCaption().Match(caption) is { Success: true } breakdown)
        {
            var k = $"{prefix}breakdown/{breakdown.Groups[1].Value}/{(breakdown.Groups[2].Value == "pay band" ? "band" : "staffGroup")}/";
            foreach (var row in table.Rows)
            {
                var key = $"{k}{row[0]}/";
                for (var g = 0; g < 3; g++)
                {
                    facts.Count($"{key}{"WBU"[g]}/events", row[1 + (2 * g)]);
                    facts.Count($"{key}{"WBU"[g]}/base", row[2 + (2 * g)]);
                }

                var interval = row[8].Split(" to ");
                var below = row[9] == "< 0.001";
                if (Decimal(row[7]) is { } ratio)
                {
                    facts.Ratios.Add(([key + "W/events", key + "W/base", key + "B/events", key + "B/base"], ratio,
                        interval.Length == 2 ? Decimal(interval[0]) : null, interval.Length == 2 ? Decimal(interval[1]) : null, below ? null : Decimal(row[9]), below));
                }
                else if (Decimal(row[9]) is not null || below)
                {
                    facts.Ratios.Add(([key + "W/events", key + "W/base", key + "B/events", key + "B/base"], null, null, null, below ? null : Decimal(row[9]), below));
                }
            }
        }
        else if (AppointmentDetailCaption().Match(caption) is { Success: true } detail)
        {
            foreach (var row in table.Rows)
            {
                var key = $"{prefix}appointmentDetail/{detail.Groups[1].Value}/{DetailedGroups[row[0]]}/";
                facts.Count(key + "events", row[1]);
                facts.Count(key + "base", row[2]);
                Share(facts, [key + "events"], [key + "base"], row[3].TrimEnd('%'), 1, 100);
            }
        }
        else if (SurveyCaption().Match(caption) is { Success: true } survey)
        {
            foreach (var row in table.Rows)
            {
                var key = $"{prefix}survey/{survey.Groups[1].Value}/{groups[row[0]]}";
                if (row[2] != "n/a")
                {
                    facts.Count(key, row[2]);
                    if (table.Headers[1] == "%" && Decimal(row[1]) is { } percent)
                    {
                        facts.SurveyResults.Add((key, percent));
                    }
                }
            }
        }
        else if (BoardCaption().IsMatch(caption))
        {
            foreach (var row in table.Rows)
            {
                var key = $"{prefix}board/{Subsets[row[0]]}/";
                facts.Count(key + "M", row[1]);
                facts.Count(key + "W", row[2]);
                facts.Count(key + "B", row[3]);
                facts.Count(key + "U", row[4]);
                Share(facts, [key + "B"], [key + "M"], row[5], 1);
                if (Decimal(row[6]) is { } difference)
                {
                    facts.Differences.Add((key + "B", key + "M", prefix + "workforce/B", prefix + "workforce/T", difference));
                }
            }
        }
        else if (caption == "Each organisation's workforce and relative likelihoods, and the combined report's")
        {
            foreach (var row in table.Rows)
            {
                var organisation = row[0] == "Combined" ? string.Empty : row[0] + "/";
                if (row[1] != "not provided")
                {
                    facts.Count(organisation + "workforce/T", row[1]);
                    Share(facts, [organisation + "workforce/B"], [organisation + "workforce/T"], row[2], 1);
                }

                for (var c = 3; c < headers.Count - 1; c++)
                {
                    var id = Regex.Match(headers[c], @"^\w+ (\S+) \(").Groups[1].Value;
                    if (Decimal(row[c].Split(' ')[0]) is { } ratio)
                    {
                        var referenceFirst = !headers[c].Contains("(" + focus + " ÷", StringComparison.Ordinal);
                        var (n, d) = referenceFirst ? ("W", "B") : ("B", "W");
                        var k = $"{organisation}likelihood/{id}/";
                        facts.Ratios.Add(([k + n + "/events", k + n + "/base", k + d + "/events", k + d + "/base"], ratio, null, null, null, false));
                    }
                }
            }
        }

    }

    private static void ReadItem(string text, PublishedFacts facts, string prefix, string? indicator, ref (decimal? Ratio, decimal? Lower, decimal? Upper, decimal? P, bool Below) statistics, Dictionary<string, bool> orientations, string reference)
    {
        // A finding in words names the group first that was the more likely (the ratio turned round below 1): its
        // ratio and interval are a relative likelihood of the groups in that order.
        if (FindingSentence().Match(text) is { Success: true } finding
            && (SummaryRatio().Match(text) is { Success: true } head ? head.Groups[1].Value : indicator) is { } findingId
            && Key(finding.Groups[1].Value, reference) is { } first && Key(finding.Groups[3].Value, reference) is { } second)
        {
            var k = $"{prefix}likelihood/{findingId}/";
            facts.Ratios.Add(([k + first + "/events", k + first + "/base", k + second + "/events", k + second + "/base"],
                Decimal(finding.Groups[2].Value), Decimal(finding.Groups[4].Value), Decimal(finding.Groups[5].Value), null, false));
        }

        // A finding with no ratio to turn round quotes each group's events of base: counts like any other.
        if ((FindingNone().Match(text) is { Success: true } none ? none : FindingNeither().Match(text)) is { Success: true } quoted
            && (SummaryRatio().Match(text) is { Success: true } noneHead ? noneHead.Groups[1].Value : indicator) is { } quotedId)
        {
            var k = $"{prefix}likelihood/{quotedId}/";
            var (one, other) = (Key(quoted.Groups["first"].Value, reference), Key(quoted.Groups["second"].Value, reference));
            facts.Count(k + one + "/events", quoted.Groups["e1"].Value);
            facts.Count(k + one + "/base", quoted.Groups["b1"].Value);
            facts.Count(k + other + "/events", quoted.Groups["e2"].Value);
            facts.Count(k + other + "/base", quoted.Groups["b2"].Value);
        }

        if (WorkforceItem().Match(text) is { Success: true } workforce)
        {
            facts.Count(prefix + "workforce/T", workforce.Groups[1].Value);
            Share(facts, [prefix + "workforce/B"], [prefix + "workforce/T"], workforce.Groups[2].Value, 1);
            Share(facts, [prefix + "workforce/B"], [prefix + "workforce/W", prefix + "workforce/B"], workforce.Groups[3].Value, 1);
            Share(facts, [prefix + "workforce/W", prefix + "workforce/B"], [prefix + "workforce/T"], workforce.Groups[4].Value, 1);
        }
        else if (SummaryRatio().Match(text) is { Success: true } summary && Decimal(summary.Groups[3].Value) is { } summaryRatio)
        {
            var referenceFirst = summary.Groups[2].Value.StartsWith(reference + " ", StringComparison.Ordinal);
            var (n, d) = referenceFirst ? ("W", "B") : ("B", "W");
            var k = $"{prefix}likelihood/{summary.Groups[1].Value}/";
            facts.Ratios.Add(([k + n + "/events", k + n + "/base", k + d + "/events", k + d + "/base"], summaryRatio, null, null, null, false));
        }
        else if (BoardItem().Match(text) is { Success: true } board)
        {
            var key = prefix + "board/voting/";
            Share(facts, [key + "B"], [key + "M"], board.Groups[1].Value, 1);
            if (Decimal(board.Groups[2].Value) is { } difference)
            {
                facts.Differences.Add((key + "B", key + "M", prefix + "workforce/B", prefix + "workforce/T", difference));
            }
        }
        else if (indicator is not null && RatioItem().Match(text) is { Success: true } ratio)
        {
            orientations[indicator] = ratio.Groups[1].Value.StartsWith(reference + " ", StringComparison.Ordinal);
            statistics.Ratio = Decimal(ratio.Groups[2].Value);
        }
        else if (indicator is not null && IntervalItem().Match(text) is { Success: true } interval)
        {
            statistics.Lower = Decimal(interval.Groups[1].Value);
            statistics.Upper = Decimal(interval.Groups[2].Value);
        }
        else if (indicator is not null && PValueItem().Match(text) is { Success: true } p)
        {
            statistics.Below = p.Groups[1].Value == "< 0.001";
            statistics.P = statistics.Below ? null : Decimal(p.Groups[1].Value);
        }

    }

    private static void ReadParagraph(string text, PublishedFacts facts, string prefix, string? file, string focus)
    {
        if (KnownParagraph().Match(text) is { Success: true } known)
        {
            Share(facts, [prefix + "workforce/B"], [prefix + "workforce/W", prefix + "workforce/B"], known.Groups[1].Value, 1);
            Share(facts, [prefix + "workforce/W", prefix + "workforce/B"], [prefix + "workforce/T"], known.Groups[2].Value, 1);
        }
        else if (text.StartsWith(focus + " share of the workforce: ", StringComparison.Ordinal))
        {
            Share(facts, [prefix + "workforce/B"], [prefix + "workforce/T"], text[(focus + " share of the workforce: ").Length..].Split('%')[0], 1);
        }
        else if (file is not null && RowsParagraph().Match(text) is { Success: true } rows)
        {
            int N(int i) => int.Parse(rows.Groups[i].Value, CultureInfo.InvariantCulture);
            facts.Rows[(prefix, file)] = (N(1), N(2), N(3), N(4));
        }
    }

    /// <summary>The key letter of a group named in a sentence: <c>W</c> for the reference group, <c>B</c> for the other.</summary>
    private static string? Key(string label, string reference) => label.Equals(reference, StringComparison.OrdinalIgnoreCase) ? "W" : "B";

    private static void Share(PublishedFacts facts, string[] numerator, string[] denominator, string cell, int decimals, double scale = 100)
    {
        if (Decimal(cell) is { } shown)
        {
            facts.Shares.Add((numerator, denominator, shown, decimals, scale));
        }
    }

    private static decimal? Decimal(string text) =>
        decimal.TryParse(text.Trim().TrimStart('+'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"(\S+) (?:applicants|staff) were (\S+) times as likely as (\S+) (?:applicants|staff) to [^;]+(?:; the 95% confidence interval, (\S+) to (\S+),)?")]
    private static partial Regex FindingSentence();

    [GeneratedRegex(@"No (?<first>\S+) (?:applicants|staff) [^(]+ \((?<e1>\S+) of (?<b1>\S+)\), against (?<e2>\S+) of (?<b2>\S+) (?<second>\S+) (?:applicants|staff)")]
    private static partial Regex FindingNone();

    [GeneratedRegex(@"No (?<first>\S+) or (?<second>\S+) (?:applicants|staff) [^(]+ \((?<e1>\S+) of (?<b1>\S+) and (?<e2>\S+) of (?<b2>\S+)\)")]
    private static partial Regex FindingNeither();

    [GeneratedRegex(@"^(?:Indicator|Metric) (\S+): ")]
    private static partial Regex IndicatorHeading();

    [GeneratedRegex(@"^(?:Indicator|Metric) 1, (.+): people and percentages by group$")]
    private static partial Regex RepresentationCaption();

    [GeneratedRegex(@"^(?:Indicator|Metric) 1, (.+): people by detailed ethnic group$")]
    private static partial Regex DetailCaption();

    [GeneratedRegex(@"^(?:Indicator|Metric) (\S+): counts and likelihoods by group$")]
    private static partial Regex LikelihoodCaption();

    [GeneratedRegex(@"^(?:Indicator|Metric) (\S+) by (pay band|staff group) of the post: counts and relative likelihoods$")]
    private static partial Regex BreakdownCaption();

    [GeneratedRegex(@"^(?:Indicator|Metric) (\S+) by detailed ethnic group: counts and likelihoods$")]
    private static partial Regex AppointmentDetailCaption();

    [GeneratedRegex(@"^(?:Indicator|Metric) (\S+): staff survey result by group")]
    private static partial Regex SurveyCaption();

    [GeneratedRegex(@"^(?:Indicator|Metric) (9|10): board members by group against the workforce$")]
    private static partial Regex BoardCaption();

    [GeneratedRegex(@"^Workforce: (\S+) people; .+? (\S+)% \((\S+)% of those whose \w+ is known\); declaration rate (\S+)%\.")]
    private static partial Regex WorkforceItem();

    [GeneratedRegex(@"^(?:Indicator|Metric) (\d+) \([^,]+, (.+? ÷ .+?)\): (\S+) \(")]
    private static partial Regex SummaryRatio();

    [GeneratedRegex(@"^(?:Indicator|Metric) (?:9|10) \(board\): .+ share of voting members (\S+)%, (\S+) percentage points")]
    private static partial Regex BoardItem();

    [GeneratedRegex(@"^Relative likelihood \((.+? ÷ .+?)\): (\d\S*)$")]
    private static partial Regex RatioItem();

    [GeneratedRegex(@"^95% confidence interval \(.+\): (\S+) to (\S+)$")]
    private static partial Regex IntervalItem();

    [GeneratedRegex(@"^p-value \(.+\): (< 0\.001|\S+)$")]
    private static partial Regex PValueItem();

    [GeneratedRegex(@"share of staff whose \w+ is known: (\S+)%\. Declaration rate \(staff whose \w+ is known\): (\S+)%\.")]
    private static partial Regex KnownParagraph();

    [GeneratedRegex(@"^Rows read (\d+) = counted (\d+) \+ excluded (\d+) \+ rejected (\d+)")]
    private static partial Regex RowsParagraph();
}
