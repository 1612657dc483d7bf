using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Recruitment;
using Wres.Core.Workforce;
using Wres.Core.Statistics;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Internal;

/// <summary>
/// Issue 10, findings in words: each relative likelihood in one sentence from its orientation and figures, with
/// whether the 95% interval includes 1.00; never "adverse" for a ratio of 0 or a ratio from a count of 0 under small
/// numbers. Read from the JSON <c>finding</c>, and checked to be the same sentence in every other format.
/// </summary>
public class LikelihoodFindingTests
{
    [Fact]
    public void Text_RatioAboveOneIntervalExcludingOne_NamesTheMoreLikelyGroupAndSaysUnlikelyToBeChance()
    {
        // 30 of 100 vs 10 of 100: 3.00; Katz interval exp(ln 3 ± 1.959964 × √(1/30 − 1/100 + 1/10 − 1/100)) = 1.55 to 5.80.
        var finding = Finding(Reports.Appointment(30, 100, 10, 100), "2");

        Assert.Equal(
            "White applicants were 3.00 times as likely as BME applicants to be appointed from shortlisting; the 95% confidence interval, 1.55 to 5.80, does not include 1.00: the difference is unlikely to be chance.",
            finding);
    }

    [Fact]
    public void Text_IntervalIncludingOne_SaysTheDifferenceMayBeChance()
    {
        // 30 of 100 vs 25 of 100: 1.20; interval exp(ln 1.2 ± 1.959964 × √(1/30 − 1/100 + 1/25 − 1/100)) = 0.76 to 1.89.
        var finding = Finding(Reports.Appointment(30, 100, 25, 100), "2");

        Assert.Equal(
            "White applicants were 1.20 times as likely as BME applicants to be appointed from shortlisting; the 95% confidence interval, 0.76 to 1.89, includes 1.00: the difference may be chance.",
            finding);
    }

    [Fact]
    public void Text_RatioBelowOne_TurnedRoundSoTheOtherGroupComesFirst()
    {
        // White ÷ BME = 0.33, said as BME ÷ White = 3.00 with the interval turned round too.
        var finding = Finding(Reports.Appointment(10, 100, 30, 100), "2");

        Assert.Equal(
            "BME applicants were 3.00 times as likely as White applicants to be appointed from shortlisting; the 95% confidence interval, 1.55 to 5.80, does not include 1.00: the difference is unlikely to be chance.",
            finding);
    }

    [Fact]
    public void Text_WresFormalProcess_OrientationBmeOverWhite()
    {
        // 20 of 200 BME vs 40 of 800 White: 2.00; interval exp(ln 2 ± 1.959964 × √(1/20 − 1/200 + 1/40 − 1/800)) = 1.20 to 3.34.
        var finding = Finding(Reports.FormalProcess(EqualityStandard.Wres, 40, 800, 20, 200), "3");

        Assert.Equal(
            "BME staff were 2.00 times as likely as White staff to enter the formal disciplinary process; the 95% confidence interval, 1.20 to 3.34, does not include 1.00: the difference is unlikely to be chance.",
            finding);
    }

    [Fact]
    public void Text_WdesRatioOfZero_SaidAsNoneNotAdverse()
    {
        // The issue's case: metric 3 (disabled ÷ non-disabled) with 0 disabled cases of 293.
        var report = Reports.FormalProcess(EqualityStandard.Wdes, 20, 2000, 0, 293);

        var finding = Finding(report, "3");

        Assert.StartsWith("No disabled staff entered the formal capability process (0 of 293), against 20 of 2000 non-disabled staff: a ratio of 0; the 95% confidence interval, ", finding, StringComparison.Ordinal);
        Assert.EndsWith(", includes 1.00: a ratio of 0 is not evidence of a difference either way.", finding, StringComparison.Ordinal);
        var text = ReportWriter.ToString(report, ReportFormat.Text);
        Assert.Contains("- Band (four-fifths rule): Not called adverse: a ratio of 0, no events in one group", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Adverse to", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ZeroCellUnderSmallNumbers_SaysSoAndIsNotCalledAdverse()
    {
        // 5 of 5 White appointed (no White applicant was not appointed) vs 2 of 8 BME: 4.00, small numbers.
        var report = Reports.Appointment(5, 5, 2, 8);

        var finding = Finding(report, "2");

        Assert.StartsWith("White applicants were 4.00 times as likely as BME applicants to be appointed from shortlisting; the 95% confidence interval, ", finding, StringComparison.Ordinal);
        Assert.Contains("one of the counts is 0 and the numbers are small", finding, StringComparison.Ordinal);
        var text = ReportWriter.ToString(report, ReportFormat.Text);
        Assert.Contains("- Band (four-fifths rule): Not called adverse: a count of 0 under small numbers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Adverse to", text, StringComparison.Ordinal);
        Assert.Equal("AdverseToBme", Indicator(report, "2").GetProperty("band").GetString());
    }

    [Fact]
    public void Text_NoEventsInTheDividingGroup_NoRatioAndNotEvidence()
    {
        // White 3 of 10, BME 0 of 10: White ÷ BME divides by zero.
        var finding = Finding(Reports.UndefinedAppointment(), "2");

        Assert.Equal(
            "No BME applicants were appointed from shortlisting (0 of 10), against 3 of 10 White applicants, so the ratio cannot be computed; a count of 0 is not evidence of a difference either way.",
            finding);
    }

    [Fact]
    public void Text_Wdes_NonDisabledAndDisabledInLowerCaseInsideTheSentence()
    {
        // The full WDES dataset: metric 2 is 12 of 60 non-disabled vs 3 of 40 disabled applicants appointed.
        var finding = Finding(Reports.Full(EqualityStandard.Wdes), "2");

        Assert.StartsWith("Non-disabled applicants were 2.67 times as likely as disabled applicants to be appointed from shortlisting; the 95% confidence interval, ", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Csv)]
    public void Write_EveryFormat_CarriesTheSameSentenceAsTheJson(ReportFormat format)
    {
        var report = Reports.Full();
        var findings = new[] { "2", "3", "4" }.Select(id => Finding(report, id)).ToList();

        var written = ReportWriter.ToString(report, format);

        Assert.All(findings, finding => Assert.Contains(finding, written, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Published_WithheldRatioSaysWhyAndGivesNoFigure()
    {
        // 3 of 300 vs 20 of 1200: the 3 is suppressed, so the ratio and its interval are withheld.
        var report = Reports.FormalProcess(EqualityStandard.Wres, 20, 1200, 3, 300);

        var finding = Finding(report, "3", new ReportWriterOptions { Publish = true });

        Assert.StartsWith("The relative likelihood of entering the formal disciplinary process is not published: ", finding, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\.\d", finding);
    }

    [Fact]
    public void Band_LastYearRatioOfZero_NotCalledAdverseEither()
    {
        // Last year no White applicant of 100 was appointed (White ÷ BME = 0); this year's report compares with it.
        var lastYear = YearPair.Read(YearPair.Trust(YearPair.LastYear, EqualityStandard.Wres, white: 700, bme: 300, whiteAppointed: 0, bmeAppointed: 20));

        var text = ReportWriter.ToString(YearPair.ThisYearReport(), ReportFormat.Text, YearPair.ComparedWith(lastYear));

        var line = Assert.Single(text.Split('\n'), l => l.StartsWith("- Last year (2024/25): 0.00, ", StringComparison.Ordinal));
        Assert.EndsWith("; Not called adverse: a ratio of 0, no events in one group", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Band_RollUpOrganisationWithARatioOfZero_AtAGlanceSaysSoNotAdverse()
    {
        // RXX01: no White applicant of 40 appointed against 10 of 40 BME (White ÷ BME = 0); RXX02: 10 of 40 each.
        var rollUp = new WresCalculator().CreateRollUp(Reports.Year, EqualityStandard.Wres);
        foreach (var (code, whiteAppointed) in new[] { ("RXX01", 0), ("RXX02", 10) })
        {
            var part = rollUp.For(code);
            part.AddStaff([.. Datasets.People(code + "W", 30, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5), .. Datasets.People(code + "B", 30, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5)]);
            part.AddApplications([.. Applications(code + "W", EthnicCategory.WhiteBritish, 40, whiteAppointed), .. Applications(code + "B", EthnicCategory.BlackAfrican, 40, 10)]);
        }

        var text = ReportWriter.ToString(rollUp.ToReport("Example ICS"), ReportFormat.Text);

        var glance = Assert.Single(text.Split('\n'), l => l.StartsWith("RXX01 ", StringComparison.Ordinal) && l.Contains("0.00", StringComparison.Ordinal));
        Assert.Contains("0.00 (a ratio of 0, not called adverse; small numbers)", glance, StringComparison.Ordinal);
        Assert.DoesNotContain("adverse to", glance, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public Property Text_AnyCounts_NeverAdverseAndTheTimesIsTheLargerRatioTheRightWayRound()
    {
        var counts = Gen.Choose(1, 60).SelectMany(n1 => Gen.Choose(0, n1).Select(a => (a, n1)))
            .Zip(Gen.Choose(1, 60).SelectMany(n2 => Gen.Choose(0, n2).Select(c => (c, n2))))
            .ToArbitrary();
        return Prop.ForAll(counts, pair =>
        {
            var ((a, n1), (c, n2)) = pair;
            var finding = Finding(Reports.Appointment(a, n1, c, n2), "2");
            var ratio = RelativeLikelihood.Compute(Proportion.Of(a, n1), Proportion.Of(c, n2));
            var times = System.Text.RegularExpressions.Regex.Match(finding, @"^(White|BME) applicants were (\S+) times as likely as (White|BME) applicants");
            bool expected;
            if (ratio.Ratio is not { } value || value == 0 || DisplayRounding.RoundRatio(value) == 1m)
            {
                expected = !times.Success;
            }
            else
            {
                var larger = value >= 1 ? value : 1 / value;
                var first = DisplayRounding.RoundRatio(value) > 1m ? "White" : "BME";
                expected = times.Success && times.Groups[1].Value == first
                    && times.Groups[2].Value == DisplayRounding.FormatRatio(larger);
            }

            return (expected && !finding.Contains("adverse", StringComparison.OrdinalIgnoreCase)).Label(finding);
        });
    }

    private static IEnumerable<JobApplication> Applications(string prefix, EthnicCategory ethnicity, int shortlisted, int appointed) =>
        Enumerable.Range(0, shortlisted).Select(i => new JobApplication
        {
            ApplicationId = $"{prefix}{i}",
            EthnicOrigin = ethnicity,
            Shortlisted = true,
            Appointed = i < appointed,
            Date = new NodaTime.LocalDate(2025, 10, 1),
        });

    private static string Finding(WresReport report, string id, ReportWriterOptions? options = null) =>
        Indicator(report, id, options).GetProperty("finding").GetString()!;

    private static JsonElement Indicator(WresReport report, string id, ReportWriterOptions? options = null)
    {
        var root = JsonDocument.Parse(Schemas.Json(report, options)).RootElement;
        return root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
    }
}
