using System.Text.RegularExpressions;

namespace Wres.Reporting.Tests.Publication;

/// <summary>
/// What the HTML page's charts show, read into <see cref="PublishedFacts"/>: each mark's tooltip, the widths of its
/// bars, its labels (shares, headcounts, counts) and its lines (the workforce's share on the representation chart).
/// </summary>
internal static partial class PageFacts
{
    private static void ReadMark(PageBlocks.Mark mark, PublishedFacts facts, string prefix, string reference)
    {
        if (BarTooltip().Match(mark.Tooltip) is { Success: true } bar)
        {
            var key = $"{prefix}row/{Segments[bar.Groups[1].Value]}/{bar.Groups[2].Value}/";
            facts.Count(key + "T", bar.Groups[6].Value);
            var shares = new[] { bar.Groups[3].Value, bar.Groups[4].Value, bar.Groups[5].Value };
            for (var g = 0; g < 3; g++)
            {
                Share(facts, [key + "WBU"[g]], [key + "T"], shares[g], 1);
            }

            // A bar is 400 wide at 100%, drawn focus first, then reference, then Unknown: its width gives the share it draws.
            var drawn = 0;
            foreach (var g in new[] { 1, 0, 2 })
            {
                if (Decimal(shares[g]) is > 0 && drawn < mark.Widths.Count)
                {
                    facts.Shares.Add(([key + "WBU"[g]], [key + "T"], (decimal)Math.Round(mark.Widths[drawn++] / 4, 1), 1, 100));
                }
            }

            // Beside the bar: its focus share and its headcount (n = …).
            foreach (var label in mark.Labels)
            {
                if (HeadcountLabel().Match(label) is { Success: true } headcount)
                {
                    facts.Count(key + "T", headcount.Groups[1].Value);
                }
                else if (PercentLabel().Match(label) is { Success: true } percent)
                {
                    Share(facts, [key + "B"], [key + "T"], percent.Groups[1].Value, 1);
                }
            }
        }
        else if (WorkforceLineTooltip().Match(mark.Tooltip) is { Success: true } workforce)
        {
            // The dashed line at the workforce's focus share on the representation chart: at x = 225 + share × 4.
            var (numerator, denominator) = (prefix + "workforce/B", prefix + "workforce/T");
            facts.Count(denominator, workforce.Groups[2].Value);
            Share(facts, [numerator], [denominator], workforce.Groups[1].Value, 1);
            foreach (var label in mark.Labels)
            {
                if (WorkforceLineLabel().Match(label) is { Success: true } percent)
                {
                    Share(facts, [numerator], [denominator], percent.Groups[1].Value, 1);
                }
            }

            foreach (var x in mark.Lines)
            {
                facts.Shares.Add(([numerator], [denominator], (decimal)Math.Round((x - 225) / 4, 1), 1, 100));
            }
        }
        else if (BoardTooltip().Match(mark.Tooltip) is { Success: true } board)
        {
            var (numerator, denominator) = board.Groups[1].Value == "Workforce"
                ? (prefix + "workforce/B", prefix + "workforce/T")
                : ($"{prefix}board/{Subsets[board.Groups[1].Value]}/B", $"{prefix}board/{Subsets[board.Groups[1].Value]}/M");
            if (board.Groups["share"].Success)
            {
                Share(facts, [numerator], [denominator], board.Groups["share"].Value, 1);
            }

            facts.Count(numerator, board.Groups["focus"].Value);
            facts.Count(denominator, board.Groups["all"].Value);
            if (mark.Widths.Count == 1)
            {
                // A board bar is 400 wide at 100%.
                facts.Shares.Add(([numerator], [denominator], (decimal)Math.Round(mark.Widths[0] / 4, 1), 1, 100));
            }

            // Its labels: the share at the bar's end and the counts at the right (focus of all).
            foreach (var label in mark.Labels)
            {
                if (CountsLabel().Match(label) is { Success: true } counts)
                {
                    facts.Count(numerator, counts.Groups[1].Value);
                    facts.Count(denominator, counts.Groups[2].Value);
                }
                else if (PercentLabel().Match(label) is { Success: true } percent)
                {
                    Share(facts, [numerator], [denominator], percent.Groups[1].Value, 1);
                }
            }
        }
        else if (ChartRatio().Match(mark.Tooltip) is { Success: true } ratio)
        {
            var referenceFirst = ratio.Groups[2].Value.StartsWith(reference + " ", StringComparison.Ordinal);
            var (n, d) = referenceFirst ? ("W", "B") : ("B", "W");
            var k = $"{prefix}likelihood/{ratio.Groups[1].Value}/";
            facts.Ratios.Add(([k + n + "/events", k + n + "/base", k + d + "/events", k + d + "/base"], Decimal(ratio.Groups[3].Value), Decimal(ratio.Groups[4].Value), Decimal(ratio.Groups[5].Value), null, false));
        }
    }

    [GeneratedRegex(@"^(.+ staff|Whole workforce), (.+?): .+? (\S+)%, .+? (\S+)%, Unknown (\S+)% of (\S+) people$")]
    private static partial Regex BarTooltip();

    [GeneratedRegex(@"^(Workforce|Whole board|Voting members|Non-voting members|Executive members|Non-executive members): .+? (?:(?<share>[^\s%]+)%|share not shown), (?<focus>\S+) of (?<all>\S+) (?:members|people)$")]
    private static partial Regex BoardTooltip();

    [GeneratedRegex(@"^Workforce share: .+ ([^\s%]+)% of (\S+) people$")]
    private static partial Regex WorkforceLineTooltip();

    [GeneratedRegex(@"^Workforce ([^\s%]+)%$")]
    private static partial Regex WorkforceLineLabel();

    [GeneratedRegex(@"^n = (\S+)$")]
    private static partial Regex HeadcountLabel();

    [GeneratedRegex(@"^([^\s%]+)%$")]
    private static partial Regex PercentLabel();

    [GeneratedRegex(@"^(\S+) of (\S+)$")]
    private static partial Regex CountsLabel();

    [GeneratedRegex(@"^(?:Indicator|Metric) (\d+) \((.+? ÷ .+?)\): (\S+), 95% CI (\S+) to (\S+);")]
    private static partial Regex ChartRatio();
}
