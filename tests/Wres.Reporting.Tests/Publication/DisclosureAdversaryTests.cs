using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Core.Publication;
using Wres.Core.RollUp;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Publication;

/// <summary>
/// Issue 10: nothing a published report shows, in any format, lets a reader work out a count that disclosure control
/// hides. Random workforces and datasets (small groups included) are published as JSON, CSV, text, Markdown and HTML,
/// and the <see cref="Adversary"/> reads all five at once.
/// </summary>
public class DisclosureAdversaryTests
{
    private static readonly ReportFormat[] Formats = [ReportFormat.Json, ReportFormat.Csv, ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html];

    [Property(MaxTest = 60)]
    public Property Publish_RandomTrust_NoFormatLetsAHiddenCountBeWorkedOut()
    {
        var cases = Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(EqualityStandard.Wres, EqualityStandard.Wdes)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var (seed, standard) = c;
            var report = Workforces.Report(seed, standard);
            var pinned = Pinned(report, new DisclosureOptions(), detail: seed % 2 == 0);
            return pinned.Count == 0 ? true.Label("none pinned") : false.Label("pinned: " + string.Join("; ", pinned));
        });
    }

    [Property(MaxTest = 25)]
    public Property Publish_RandomRollUp_NoFormatLetsAHiddenCountBeWorkedOut()
    {
        var cases = Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(EqualityStandard.Wres, EqualityStandard.Wdes)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var (seed, standard) = c;
            var rollUp = Workforces.RollUp(seed, standard);
            var pinned = Pinned(rollUp, new DisclosureOptions(), detail: seed % 2 == 0);
            return pinned.Count == 0 ? true.Label("none pinned") : false.Label("pinned: " + string.Join("; ", pinned));
        });
    }

    [Property(MaxTest = 60)]
    public Property Publish_RandomTrustWithDetail_NoFormatLetsAHiddenCountBeWorkedOut() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            // The detailed groups (Asian within BME, Chinese beside Other, …) are small counts with new relations to the
            // White and BME ones: the people-to-parity figures and every format's tables must still give none back.
            var pinned = Pinned(Workforces.Report(seed, EqualityStandard.Wres), new DisclosureOptions(), detail: true);
            return pinned.Count == 0 ? true.Label("none pinned") : false.Label("pinned: " + string.Join("; ", pinned));
        });

    [Property(MaxTest = 25)]
    public Property Publish_RandomRollUpWithDetail_NoFormatLetsAHiddenCountBeWorkedOut() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var pinned = Pinned(Workforces.RollUp(seed, EqualityStandard.Wres), new DisclosureOptions(), detail: true);
            return pinned.Count == 0 ? true.Label("none pinned") : false.Label("pinned: " + string.Join("; ", pinned));
        });

    [Property(MaxTest = 25)]
    public Property Publish_RandomTrustWithDetailUnderTheThresholdPolicy_NoFormatLetsAHiddenCountBeWorkedOut() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(5, 10)).ToArbitrary(), c =>
        {
            var (seed, threshold) = c;
            var pinned = Pinned(Workforces.Report(seed, EqualityStandard.Wres), new DisclosureOptions { Policy = DisclosurePolicy.Threshold, Threshold = threshold }, detail: true);
            return pinned.Count == 0 ? true.Label("none pinned") : false.Label("pinned: " + string.Join("; ", pinned));
        });

    [Property(MaxTest = 25)]
    public Property Publish_RandomTrustUnderTheThresholdPolicy_NoFormatLetsAHiddenCountBeWorkedOut()
    {
        var cases = Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(5, 10)).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var (seed, threshold) = c;
            var report = Workforces.Report(seed, EqualityStandard.Wres);
            var pinned = Pinned(report, new DisclosureOptions { Policy = DisclosurePolicy.Threshold, Threshold = threshold });
            return pinned.Count == 0 ? true.Label("none pinned") : false.Label("pinned: " + string.Join("; ", pinned));
        });
    }

    [Theory]
    [InlineData(EqualityStandard.Wdes, 0, 293, 10, 4532)]
    [InlineData(EqualityStandard.Wres, 0, 293, 10, 4532)]
    [InlineData(EqualityStandard.Wres, 12, 293, 0, 4532)]
    [InlineData(EqualityStandard.Wdes, 0, 293, 0, 4532)]
    public void Publish_FindingWithoutARatio_QuotesThePublishedCountsOnly(EqualityStandard standard, int focusCases, int focusStaff, int referenceCases, int referenceStaff)
    {
        // A ratio of 0, or none, is said with each group's events of base (0 of 293): those must be the published
        // cells (0 of 295), the same as every table's, or the sentence gives back what rounding hides.
        var report = Reports.FormalProcess(standard, referenceCases, referenceStaff, focusCases, focusStaff);
        var facts = Facts(format => ReportWriter.ToString(report, format, Options(new DisclosureOptions())), standard);

        Assert.Contains(facts.Counts, c => c.Key == "likelihood/3/B/base" && c.Value.Count > 3);
        Assert.Empty(Attack.Pinned(facts, new DisclosureOptions(), standard == EqualityStandard.Wdes, Attack.Truth(report)));
    }

    [Theory]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Facts_EachFormatAlone_ReadsTheCountsSharesAndRatiosTheJsonHas(ReportFormat format)
    {
        // The adversary is only as good as its reading: each format read alone must give the counts the JSON gives,
        // the same way, and figures to test them against.
        foreach (var (standard, write) in new (EqualityStandard, Func<ReportFormat, string>)[]
        {
            (EqualityStandard.Wres, f => ReportWriter.ToString(Reports.Full(), f, Options(new DisclosureOptions()))),
            (EqualityStandard.Wdes, f => ReportWriter.ToString(Reports.Full(EqualityStandard.Wdes), f, Options(new DisclosureOptions()))),
            (EqualityStandard.Wres, f => ReportWriter.ToString(RollUps.Two(), f, Options(new DisclosureOptions()))),
            (EqualityStandard.Wres, f => ReportWriter.ToString(Workforces.Report(11, EqualityStandard.Wres), f, Options(new DisclosureOptions(), detail: true))),
            (EqualityStandard.Wdes, f => ReportWriter.ToString(Workforces.RollUp(12, EqualityStandard.Wdes), f, Options(new DisclosureOptions(), detail: true))),
        })
        {
            var json = new PublishedFacts();
            JsonFacts.Read(JsonDocument.Parse(write(ReportFormat.Json)).RootElement, json);
            var alone = Facts(f => f == format ? write(f) : string.Empty, standard, [format]);

            Assert.NotEmpty(alone.Counts);
            foreach (var (key, cells) in alone.Counts)
            {
                Assert.True(json.Counts.TryGetValue(key, out var expected), $"{format} has {key}, which the JSON does not.");
                Assert.All(cells, cell => Assert.Equal(Normal(expected[0]), Normal(cell)));
            }

            Assert.Contains(alone.Counts.Keys, k => k.StartsWith("workforce/", StringComparison.Ordinal));
            Assert.Contains(alone.Counts.Keys, k => k.Contains("row/", StringComparison.Ordinal));
            Assert.Contains(alone.Counts.Keys, k => k.Contains("likelihood/", StringComparison.Ordinal));
            Assert.NotEmpty(alone.Shares);
            // The same ratios, whichever group each format names first (a finding in words turns a ratio below 1 round).
            Assert.Equal(json.Ratios.Select(r => RatioOf(r.Keys[0])).ToHashSet(), alone.Ratios.Select(r => RatioOf(r.Keys[0])).ToHashSet());
            foreach (var part in new[] { "breakdown/", "detail/" })
            {
                Assert.Equal(
                    json.Counts.Keys.Where(k => k.Contains(part, StringComparison.Ordinal)).Order(StringComparer.Ordinal),
                    alone.Counts.Keys.Where(k => k.Contains(part, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            }
        }

        // The random datasets have posts and detailed groups, so the breakdowns were read in every format.
        var random = new PublishedFacts();
        JsonFacts.Read(JsonDocument.Parse(ReportWriter.ToString(Workforces.Report(11, EqualityStandard.Wres), ReportFormat.Json, Options(new DisclosureOptions(), detail: true))).RootElement, random);
        Assert.Contains(random.Counts.Keys, k => k.StartsWith("breakdown/2/band/", StringComparison.Ordinal));
        Assert.Contains(random.Counts.Keys, k => k.StartsWith("breakdown/2/staffGroup/", StringComparison.Ordinal));
        Assert.Contains(random.Counts.Keys, k => k.StartsWith("appointmentDetail/2/", StringComparison.Ordinal));

        static string Normal(string cell) => cell is "*" or "<5" ? "suppressed" : cell;

        // A ratio's first count, "likelihood/4/W/events", without its group: "likelihood/4/".
        static string RatioOf(string cell) => cell[..(cell.LastIndexOf('/', cell.LastIndexOf('/') - 1) + 1)];
    }

    /// <summary>Publishes a report in every format and returns what the adversary pins from all of them together.</summary>
    internal static List<string> Pinned(WresReport report, DisclosureOptions policy, bool detail = false) =>
        Attack.Pinned(Facts(format => ReportWriter.ToString(report, format, Options(policy, detail)), report.Standard), policy, report.Standard == EqualityStandard.Wdes, Attack.Truth(report));

    internal static List<string> Pinned(RollUpReport rollUp, DisclosureOptions policy, bool detail = false) =>
        Attack.Pinned(Facts(format => ReportWriter.ToString(rollUp, format, Options(policy, detail)), rollUp.Combined.Standard), policy, rollUp.Combined.Standard == EqualityStandard.Wdes, Attack.Truth(rollUp));

    /// <summary>Everything the five formats say, read into one set of facts.</summary>
    internal static PublishedFacts Facts(Func<ReportFormat, string> write, EqualityStandard standard, IReadOnlyList<ReportFormat>? formats = null)
    {
        var wdes = standard == EqualityStandard.Wdes;
        var (reference, focus) = wdes ? ("Non-disabled", "Disabled") : ("White", "BME");
        var facts = new PublishedFacts();
        foreach (var format in formats ?? Formats)
        {
            var text = write(format);
            switch (format)
            {
                case ReportFormat.Json:
                    JsonFacts.Read(JsonDocument.Parse(Schemas.AssertValid(text)).RootElement, facts);
                    break;
                case ReportFormat.Csv:
                    CsvFacts.Read(text, facts, wdes);
                    break;
                case ReportFormat.Text:
                    PageFacts.Read(PageBlocks.FromText(text), facts, reference, focus);
                    break;
                case ReportFormat.Markdown:
                    PageFacts.Read(PageBlocks.FromMarkdown(text), facts, reference, focus);
                    break;
                default:
                    PageFacts.Read(PageBlocks.FromHtml(text), facts, reference, focus);
                    break;
            }
        }

        return facts;
    }

    private static ReportWriterOptions Options(DisclosureOptions policy, bool detail = false) => new() { Publish = true, Disclosure = policy, Detail = detail };
}
