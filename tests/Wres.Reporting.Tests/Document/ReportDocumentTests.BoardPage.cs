using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Core.Trajectory;
using Wres.Core.Workforce;
using Wres.Reporting.Tests.Builders;
using Wres.Reporting.Tests.Publication;

namespace Wres.Reporting.Tests.Document;

/// <summary>
/// Issue 11, the board page's headlines under the summary: people to parity on every ratio and the Model Employer
/// gap, the same in text, Markdown and HTML (the summary is shared by the three), worked out as the detail works them.
/// </summary>
public partial class ReportDocumentTests
{
    private static readonly ReportWriterOptions Publish = new() { Publish = true };

    private static string Text(WresReport report, ReportWriterOptions? options = null) => ReportWriter.ToString(report, ReportFormat.Text, options);

    /// <summary>The summary's lines (from its heading to the next part's), without the list marks.</summary>
    private static List<string> SummaryItems(string text)
    {
        var lines = text.Split('\n');
        var start = Array.IndexOf(lines, "Summary");
        var end = Array.FindIndex(lines, start + 2, l => l.Length > 0 && !l.StartsWith("- ", StringComparison.Ordinal));
        return [.. lines[(start + 2)..end].Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..])];
    }

    /// <summary>
    /// Band 8a: 9 White and 1 BME; Band 5: 61 White and 29 BME. The workforce is 30 BME of 100 (30.0%). Training: 20
    /// White and 5 BME people.
    /// </summary>
    private static WresReport SeniorBand() => Datasets.Report(new WresDataset
    {
        Staff =
        [
            .. Datasets.People("W", 9, StaffGroup.AdministrativeAndClerical, Grade.Band8A),
            .. Datasets.People("B", 1, StaffGroup.AdministrativeAndClerical, Grade.Band8A),
            .. Datasets.People("W", 61, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5, first: 9),
            .. Datasets.People("B", 29, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5, first: 1),
        ],
        Training = [.. Datasets.Courses("W", 20), .. Datasets.Courses("B", 5)],
    });

    [Fact]
    public void Summary_FullReport_ParityHeadlineWorkedFromTheCounts()
    {
        // 2: White 12 of 60 (0.2), BME 3 of 40: ceil(0.2 × 40) − 3 = 5 more; ceil(8 / 1.25) = ceil(6.4) = 7, 7 − 3 = 4.
        // 3 (pooled over two years): White 5 of 212, BME 6 of 92: 6 − floor(5 × 92 / 212 = 2.17) = 4 fewer;
        //   6 − floor(1.25 × 2.17 = 2.71) = 4 fewer.
        // 4: White 40 of 106, BME 10 of 46: ceil(40 × 46 / 106 = 17.36) − 10 = 8 more; ceil(17.36 / 1.25 = 13.89) − 10 = 4.
        var items = SummaryItems(Text(Reports.Full()));

        Assert.Contains(
            "To parity, for each ratio to reach 1.00 (in brackets, to come within the four-fifths band, up to 1.25): "
            + "Indicator 2: 5 more BME applicants appointed (4 more); Indicator 3: 4 fewer BME staff entering the process (4 fewer); "
            + "Indicator 4: 8 more BME staff accessing training (4 more).",
            items);
    }

    [Theory]
    [InlineData(3, 10, 4, 10, "To parity: none needed; every ratio shown (Indicator 2) is at 1.00 or on the BME staff's side of it.")]
    [InlineData(30, 100, 25, 100, "): Indicator 2: 5 more BME applicants appointed (within the band already).")]
    [InlineData(30, 100, 20, 100, "): Indicator 2: 10 more BME applicants appointed (4 more).")]
    public void Summary_Appointment_ParityHeadlineSaysNoneOrWithinTheBand(int whiteAppointed, int whiteShortlisted, int bmeAppointed, int bmeShortlisted, string expected)
    {
        // 3 of 10 against 4 of 10: BME more likely, none needed. 30 of 100 against 25: ceil(30) − 25 = 5, and
        // ceil(30 / 1.25) = 24 ≤ 25, within the band. Against 20: 10 more, and 24 − 20 = 4 for the band.
        var items = SummaryItems(Text(Reports.Appointment(whiteAppointed, whiteShortlisted, bmeAppointed, bmeShortlisted)));

        var headline = Assert.Single(items, i => i.StartsWith("To parity", StringComparison.Ordinal));
        Assert.EndsWith(expected, headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_TrainingBeyondReach_ParityHeadlineSaysEvenEveryoneIsNotEnough()
    {
        // 5 White people trained, 3 of them leavers named by last year's staff file, of 2 White staff now (2.5); no
        // BME of 10: parity needs ceil(2.5 × 10) = 25 > 10 and the band ceil(25 / 1.25) = 20 > 10: both capped at 10.
        var report = Datasets.Report(new WresDataset
        {
            Staff = [.. Datasets.People("W", 2, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5), .. Datasets.People("B", 10, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5)],
            PreviousStaff = [.. Datasets.People("W", 5, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5)],
            Training = [.. Datasets.Courses("W", 5)],
        });

        var headline = Assert.Single(SummaryItems(Text(report)), i => i.StartsWith("To parity", StringComparison.Ordinal));

        Assert.EndsWith("): Indicator 4: 10 more BME staff accessing training (10 more), and even that, all 10 of them, is not enough for either.", headline, StringComparison.Ordinal);
    }

    [Property(MaxTest = 40)]
    public Property Summary_RandomAppointments_ParityHeadlineAgreesWithTheIndicatorsSentence()
    {
        // The board page's number is the detail's number, exactly and when published (both from the counts shown).
        var counts = Gen.Choose(1, 120).SelectMany(m => Gen.Choose(0, m).Select(w => (w, m)))
            .SelectMany(white => Gen.Choose(1, 120).SelectMany(n => Gen.Choose(0, n).Select(a => (white, (a, n)))))
            .Zip(Gen.Elements(false, true))
            .ToArbitrary();
        return Prop.ForAll(counts, c =>
        {
            var (((w, m), (a, n)), publish) = c;
            var text = Text(Reports.Appointment(w, m, a, n), publish ? Publish : null);
            var detail = DetailParity().Match(text);
            var headline = SummaryItems(text).SingleOrDefault(i => i.StartsWith("To parity", StringComparison.Ordinal));
            if (!detail.Success)
            {
                return (headline is null).Label("no sentence in the detail, no headline");
            }

            var expected = detail.Groups[1].Success ? $"): Indicator 2: {detail.Groups[1].Value} more BME applicants appointed (" : "To parity: none needed; every ratio shown (Indicator 2)";
            return (headline is not null && headline.Contains(expected, StringComparison.Ordinal)).Label($"{expected} in {headline}");
        });
    }

    [Fact]
    public void Summary_SeniorBand_ModelEmployerHeadlineAsTheSectionWorksItOut()
    {
        // Target ceil(0.3 × 10) = 3 BME in Band 8a, 1 now: 2 more. From this year (2025/26) to 2027/28 the milestone
        // for 2026/27 is 1 + ceil(1 × 2 / 2) = 2: 1 behind. The other senior bands are empty (target 0, no gap).
        var text = Text(SeniorBand());

        Assert.Contains(
            "Model Employer trajectory (Band 8a, Band 8b, Band 8c, Band 8d, Band 9 and VSM; target 2027/28): 2 more BME staff across these bands, at this year's sizes, "
            + "for each to match the workforce's 30.0% of all staff; 1 behind next year's milestones.",
            SummaryItems(text));
        Assert.Contains("- Target: each band's BME share to match the workforce's 30.0% of all staff by 2027/28: 2 more BME staff across these bands at this year's sizes.", text, StringComparison.Ordinal);
        Assert.Contains("- Gap: 1 BME staff behind next year's milestones across the bands behind them.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ModelEmployerOptions_HeadlineFollowsTheBandsTargetYearAndShareBasis()
    {
        // Band 8a alone, to 2029/30, on the known-ethnicity share (30 of 100 known, the same 30.0%): target 3, 2 more;
        // the milestone for 2026/27 is 1 + ceil(1 × 2 / 4) = 2: 1 behind.
        var options = new ReportWriterOptions { ModelEmployer = new ModelEmployerOptions { TargetYear = 2030, ShareBasis = TargetShareBasis.KnownEthnicity } };
        options.ModelEmployer.Bands.Clear();
        options.ModelEmployer.Bands.Add(Grade.Band8A);

        var items = SummaryItems(Text(SeniorBand(), options));

        Assert.Contains(
            "Model Employer trajectory (Band 8a; target 2029/30): 2 more BME staff across these bands, at this year's sizes, for each to match the workforce's 30.0% of staff whose ethnicity is known; 1 behind next year's milestones.",
            items);
    }

    [Fact]
    public void Summary_NoSeniorStaffPublishedOrWdes_ModelEmployerHeadlineSaysSoOrIsAbsent()
    {
        Assert.Contains("Model Employer trajectory (Band 8a, Band 8b, Band 8c, Band 8d, Band 9 and VSM): nobody counted in these bands this year.", SummaryItems(Text(Reports.Full())));
        Assert.Contains("Model Employer trajectory: not published (it is worked out from exact band counts, which a published report does not show).", SummaryItems(Text(SeniorBand(), Publish)));
        Assert.DoesNotContain(SummaryItems(Text(Reports.Full(EqualityStandard.Wdes))), i => i.StartsWith("Model Employer", StringComparison.Ordinal));
        Assert.Contains(SummaryItems(Text(Reports.Full(EqualityStandard.Wdes))), i => i.StartsWith("To parity", StringComparison.Ordinal) && i.Contains("Metric 3:", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_NothingToWorkFrom_NoHeadlines()
    {
        var items = SummaryItems(Text(Reports.Empty()));

        Assert.DoesNotContain(items, i => i.StartsWith("To parity", StringComparison.Ordinal) || i.StartsWith("Model Employer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Summary_Headlines_SameInMarkdownAndHtmlAsInText(ReportFormat format)
    {
        // Indicator 4: White 20 of 70, BME 5 of 30: ceil(20 × 30 / 70 = 8.57) − 5 = 4 more; ceil(8.57 / 1.25 = 6.86) − 5 = 2.
        var report = SeniorBand();
        var headlines = SummaryItems(Text(report)).Where(i => i.StartsWith("To parity", StringComparison.Ordinal) || i.StartsWith("Model Employer", StringComparison.Ordinal)).ToList();
        var written = ReportWriter.ToString(report, format);
        var items = (format == ReportFormat.Html ? PageBlocks.FromHtml(written) : PageBlocks.FromMarkdown(written)).OfType<PageBlocks.Item>().Select(i => i.Text).ToList();

        Assert.Equal(2, headlines.Count);
        Assert.EndsWith("): Indicator 4: 4 more BME staff accessing training (2 more).", headlines[0], StringComparison.Ordinal);
        Assert.All(headlines, h => Assert.Contains(h, items));
    }

    [GeneratedRegex(@"^- To parity: (?:(\d+) more of the|none needed)", RegexOptions.Multiline)]
    private static partial Regex DetailParity();
}
