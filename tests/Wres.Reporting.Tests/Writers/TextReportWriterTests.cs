using Wres.Core;
using Wres.Core.RollUp;
using Wres.Core.Statistics;
using Wres.Core.Survey;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

public class TextReportWriterTests
{
    private static string Text(WresReport report, ReportWriterOptions? options = null) => ReportWriter.ToString(report, ReportFormat.Text, options);

    /// <summary>The lines of the section under a heading (a line underlined with dashes), up to the next such heading.</summary>
    private static List<string> Section(string text, string headingStart)
    {
        var lines = text.Split('\n');
        var start = Enumerable.Range(0, lines.Length - 1)
            .FirstOrDefault(i => lines[i].StartsWith(headingStart, StringComparison.Ordinal) && IsUnderline(lines[i + 1]), -1);
        Assert.True(start >= 0, $"No heading starting '{headingStart}'.");
        var section = new List<string>();
        for (var i = start + 2; i < lines.Length; i++)
        {
            if (i + 1 < lines.Length && lines[i].Length > 0 && IsUnderline(lines[i + 1]))
            {
                break;
            }

            section.Add(lines[i]);
        }

        return section;
    }

    private static bool IsUnderline(string line) => line.Length > 0 && line.Trim('-').Length == 0;

    private static string[] Cells(string line) => line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Write_FullWres_HasEveryIndicatorWithItsTitle()
    {
        var text = Text(Reports.Full());

        Assert.StartsWith("WRES report 2025/26: Example NHS Trust\n======", text, StringComparison.Ordinal);
        Assert.Contains("Indicator 1: Percentage of staff in each pay band and medical grade compared with the overall workforce\n", text, StringComparison.Ordinal);
        Assert.Contains("Indicator 2: Relative likelihood of White staff being appointed from shortlisting compared with BME staff\n", text, StringComparison.Ordinal);
        Assert.Contains("Indicator 3: Relative likelihood of BME staff entering the formal disciplinary investigation process compared with White staff\n", text, StringComparison.Ordinal);
        Assert.Contains("Indicator 4: Relative likelihood of White staff accessing non-mandatory training and CPD compared with BME staff\n", text, StringComparison.Ordinal);
        foreach (var measure in SurveyMeasure.Wres)
        {
            Assert.Contains($"Indicator {measure.Id}: {measure.Title}\n", text, StringComparison.Ordinal);
        }

        Assert.Contains("Indicator 9: Difference between the BME share of the board and of the overall workforce\n", text, StringComparison.Ordinal);
        Assert.Contains("Data quality\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FullWdes_HasEveryMetricWithDisabilityLabels()
    {
        var text = Text(Reports.Full(EqualityStandard.Wdes));

        Assert.StartsWith("WDES report 2025/26", text, StringComparison.Ordinal);
        Assert.Contains("Metric 1: Percentage of staff in each pay cluster", text, StringComparison.Ordinal);
        Assert.Contains("Metric 2: Relative likelihood of Non-disabled staff being appointed from shortlisting compared with Disabled staff", text, StringComparison.Ordinal);
        Assert.Contains("Metric 3: Relative likelihood of Disabled staff entering the formal capability process", text, StringComparison.Ordinal);
        foreach (var measure in SurveyMeasure.Wdes)
        {
            Assert.Contains($"Metric {measure.Id}: {measure.Title}\n", text, StringComparison.Ordinal);
        }

        Assert.Contains("Metric 10: Difference between the Disabled share of the board", text, StringComparison.Ordinal);
        Assert.Contains("Cluster 7", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Metric 4:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BME", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(107, 200, 20, 100, 2.675, "2.68", "53.5%")] // written 2.675; the double is just below it
    [InlineData(21, 40, 8, 40, 2.625, "2.63", "52.5%")]     // an exact binary midpoint: half-to-even would give 2.62
    public void Write_RatioAtMidpoint_RoundsAwayFromZeroThroughDisplayRounding(int whiteAppointed, int whiteShortlisted, int bmeAppointed, int bmeShortlisted, double ratio, string shown, string whiteLikelihood)
    {
        var report = Reports.Appointment(whiteAppointed, whiteShortlisted, bmeAppointed, bmeShortlisted);
        Assert.Equal(ratio, report.Appointment.RelativeLikelihood!.Ratio!.Value);

        var text = Text(report);

        Assert.Contains($"- Relative likelihood (White ÷ BME): {shown}\n", text, StringComparison.Ordinal);
        Assert.Equal(["White", $"{whiteAppointed}", $"{whiteShortlisted}", whiteLikelihood], Cells(Section(text, "Indicator 2:").Single(l => l.StartsWith("White ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Write_SurveyPercentAtMidpoint_RoundsAwayFromZero()
    {
        var section = Section(Text(Reports.Full()), "Indicator 8:");

        Assert.Contains(section, l => Cells(l).SequenceEqual(["White", "6.3", "n/a"]));
        Assert.Contains("Gap (BME − White): +8.6 percentage points; higher is worse, so this is unfavourable to BME staff.", section);
    }

    [Fact]
    public void Write_IntervalAndPValue_RoundedForDisplay()
    {
        var report = Reports.Full();
        var ratio = report.Appointment.RelativeLikelihood!;

        var section = Section(Text(report), "Indicator 2:");

        Assert.Contains($"- 95% confidence interval (Katz log method): {DisplayRounding.FormatRatio(ratio.Interval!.Value.Lower)} to {DisplayRounding.FormatRatio(ratio.Interval!.Value.Upper)}", section);
        Assert.Contains("- 95% confidence interval (Katz log method): 0.80 to 8.86", section);
        Assert.Contains($"- p-value (Fisher's exact test, two-sided): {DisplayRounding.FormatPValue(ratio.PValue)}", section);
        Assert.Contains("- Band (four-fifths rule): Adverse to BME staff", section);
    }

    [Fact]
    public void Write_Representation_PercentagesOneDecimalAndEmptyRowsNotApplicable()
    {
        var section = Section(Text(Reports.Full()), "Indicator 1:");

        Assert.Contains(section, l => Cells(l).SequenceEqual(["Consultants", "1", "1", "1", "3", "33.3", "33.3", "33.3"]));
        Assert.Contains(section, l => Cells(l).SequenceEqual(["Band 6", "20", "10", "0", "30", "66.7", "33.3", "0.0"]));
        Assert.Contains(section, l => Cells(l).SequenceEqual(["Under Band 1", "0", "0", "0", "0", "n/a", "n/a", "n/a"]));
    }

    [Fact]
    public void Write_NothingSupplied_EveryIndicatorSaysNotProvided()
    {
        var text = Text(Reports.Empty());

        foreach (var id in new[] { "1", "2", "3", "4", "5", "6", "7", "8", "9" })
        {
            var section = Section(text, $"Indicator {id}:");
            Assert.StartsWith("Not provided", section.First(l => l.Length > 0), StringComparison.Ordinal);
        }

        Assert.StartsWith("Not provided", Section(text, "Workforce").First(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BmeLabelOption_ReplacesBmeEverywhere()
    {
        var options = new WresOptions();
        options.Ethnicity.BmeLabel = "Global majority";

        var text = Text(Reports.Full(options: options));

        Assert.Contains("Indicator 2: Relative likelihood of White staff being appointed from shortlisting compared with Global majority staff", text, StringComparison.Ordinal);
        Assert.Contains("- Band (four-fifths rule): Adverse to Global majority staff", text, StringComparison.Ordinal);
        Assert.Contains("Global majority %", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BME", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Publish_ShowsDisclosedCountsAndSaysSo()
    {
        var text = Text(Reports.Full(), new ReportWriterOptions { Publish = true });

        var section = Section(text, "Indicator 2:");
        // 12 of 60 appointed is shown as 10 of 60, and the likelihood is 10/60 (16.7%), not 12/60 (20.0%); 3 of 40 is
        // suppressed, and so is its likelihood.
        Assert.Equal(["White", "10", "60", "16.7%"], Cells(section.Single(l => l.StartsWith("White ", StringComparison.Ordinal))));
        Assert.Equal(["BME", "*", "40", "*"], Cells(section.Single(l => l.StartsWith("BME ", StringComparison.Ordinal))));
        Assert.Contains("Published with disclosure control: counts from 1 to 7 are shown as *", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SmallNumbersAndRollingAverage_AreNoted()
    {
        var text = Text(Reports.Full());

        Assert.Contains(Section(text, "Indicator 2:"), l => l.StartsWith("Caution: small numbers.", StringComparison.Ordinal));
        Assert.DoesNotContain(Section(text, "Indicator 3:"), l => l.StartsWith("Caution: small numbers.", StringComparison.Ordinal));
        Assert.Contains("- Rolling two-year average: this year's and last year's cases and headcounts are pooled.", Section(text, "Indicator 3:"));
    }

    [Fact]
    public void Write_SurveyGap_SignedWithDirection()
    {
        var text = Text(Reports.Full());

        Assert.Contains("Gap (BME − White): -13.5 percentage points; higher is better, so this is unfavourable to BME staff.", Section(text, "Indicator 7:"));
        Assert.Contains("Gap (BME − White): +1.8 percentage points; higher is worse, so this is unfavourable to BME staff.", Section(text, "Indicator 5:"));
    }

    [Fact]
    public void Write_Board_RowsWithDifferenceFromWorkforce()
    {
        var section = Section(Text(Reports.Full()), "Indicator 9:");

        Assert.Contains(section, l => Cells(l).SequenceEqual(["Voting members", "5", "3", "2", "0", "40.0", "+11.8"]));
        Assert.Contains(section, l => Cells(l).SequenceEqual(["Non-voting members", "1", "0", "0", "1", "0.0", "-28.2"]));
        Assert.Contains(section, l => Cells(l).SequenceEqual(["Non-executive members", "3", "1", "1", "1", "33.3", "+5.1"]));
        Assert.Contains(section, l => l.StartsWith("BME share of the workforce: 28.2%. A negative difference means BME staff are under-represented on the board.", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_DataQuality_ReconciliationExclusionsAndIssues()
    {
        var section = Section(Text(Reports.Full()), "Data quality");

        Assert.Contains("Rows read 107 = counted 105 + excluded 1 + rejected 1.", section);
        Assert.Contains(section, l => Cells(l).SequenceEqual(["Outside the reporting year", "1"]));
        Assert.Contains(section, l => Cells(l).Take(4).SequenceEqual(["107", "Appointed", "WRES108", "Error"]));
    }

    [Fact]
    public void Write_CompareWith_TablesHaveLastYearAndChangeColumns()
    {
        var text = Text(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous()));

        var workforce = Section(text, "Workforce");
        Assert.Contains(workforce, line => Cells(line).SequenceEqual(["Group", "People", "% of workforce", "Last year: people", "Last year: %", "Change: people", "Change: pp"]));
        Assert.Contains(workforce, line => Cells(line).SequenceEqual(["BME", "261", "26.1", "240", "24.0", "+21", "+2.1 pp"]));
        Assert.Contains(workforce, line => Cells(line).SequenceEqual(["White", "739", "73.9", "760", "76.0", "-21", "-2.1 pp"]));
        var representation = Section(text, "Indicator 1:");
        Assert.Contains(representation, line => Cells(line) is [.., "Last year: BME %", "Change: pp"]);
        Assert.Contains(representation, line => Cells(line) is ["Band 5", .., "26.1", "0.0", "24.0", "+2.1 pp"]);
    }

    [Fact]
    public void Write_CompareWith_LikelihoodShowsLastYearsRatioTheChangeAndTheOverlapNote()
    {
        var text = Text(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous()));

        var appointment = Section(text, "Indicator 2:");
        Assert.Contains(appointment, line => line.StartsWith("- Last year (2024/25): 1.20, 95% confidence interval 0.71 to 2.03", StringComparison.Ordinal));
        Assert.Contains("- Change: +0.30; 95% confidence intervals overlap: the change may be chance", appointment);
        Assert.Contains(appointment, line => Cells(line) is ["White", "30", "100", "30.0%", "24.0%", "+6.0 pp"]);
        Assert.Contains("Compared with last year's report (2024/25, 2024-04-01 to 2025-03-31)", text, StringComparison.Ordinal);
        Assert.Contains("Indicator 2 (appointment from shortlisting, White ÷ BME): 1.50 (Adverse to BME staff). White applicants were 1.50 times as likely as BME applicants to be appointed from shortlisting; the 95% confidence interval, 0.92 to 2.46, includes 1.00: the difference may be chance. Last year 1.20; change +0.30; 95% confidence intervals overlap: the change may be chance.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompareWithDistantRatios_SaysTheIntervalsDoNotOverlap()
    {
        var thisYear = YearPair.Trust(Reports.Year, EqualityStandard.Wres, white: 739, bme: 261, whiteAppointed: 90, bmeAppointed: 10);

        var appointment = Section(Text(thisYear, YearPair.ComparedWith(YearPair.Previous())), "Indicator 2:");

        Assert.Contains("- Change: +7.80; 95% confidence intervals do not overlap", appointment);
    }

    [Fact]
    public void Write_CompareWithLastYearWithoutTheIndicator_SaysNotProvided()
    {
        var lastYear = PreviousReport.Parse(YearPair.AsLastYearJson(Reports.Empty()));

        var text = Text(Reports.Full(), YearPair.ComparedWith(lastYear));

        Assert.Contains("- Last year (2024/25): not provided.", Section(text, "Indicator 2:"));
        Assert.Contains(Section(text, "Workforce"), line => Cells(line) is ["BME", _, _, "n/a", "n/a", "n/a", "n/a"]);
    }

    [Fact]
    public void Write_WithoutCompareWith_SaysNothingOfLastYear()
    {
        var text = Text(YearPair.ThisYearReport());

        Assert.DoesNotContain("Last year", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Change", text, StringComparison.Ordinal);
    }

    private static string Text(RollUpReport rollUp, ReportWriterOptions? options = null) => ReportWriter.ToString(rollUp, ReportFormat.Text, options);

    private static int Heading(string text, string heading, char underline)
    {
        var at = text.IndexOf(heading + "\n" + new string(underline, heading.Length) + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"No heading '{heading}' underlined with '{underline}'.");
        return at;
    }

    [Fact]
    public void WriteRollUp_CombinedFirstThenOneSectionPerOrganisationInCodeOrder()
    {
        var text = Text(RollUps.Two());

        Assert.StartsWith("WRES report 2025/26: " + RollUps.Name + "\n====", text, StringComparison.Ordinal);
        var positions = new[]
        {
            Heading(text, "Organisations at a glance", '-'),
            Heading(text, "Combined: " + RollUps.Name, '-'),
            Heading(text, "Organisation RXX01", '-'),
            Heading(text, "Organisation RXX02", '-'),
        };
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(3, text.Split("\nSummary\n~~~~~~~\n").Length - 1);
        Assert.Equal(3, text.Split("\nData quality\n~~~~~~~~~~~~\n").Length - 1);
        Assert.Contains("This report covers 2 organisations (RXX01, RXX02): first all of them combined, then each organisation on its own.", text, StringComparison.Ordinal);
        var small = text[positions[2]..positions[3]];
        Assert.Contains("Organisation RXX01's own rows only. The board and the staff survey results describe the whole, so they are in the combined report and shown here as not provided.", small, StringComparison.Ordinal);
        Assert.Contains("- Workforce: 5 people; BME 40.0%", small, StringComparison.Ordinal);
        Assert.Contains("- Workforce: 163 people;", text[positions[3]..], StringComparison.Ordinal);
        Assert.Contains("- Workforce: 168 people;", text[positions[1]..positions[2]], StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRollUp_AtAGlance_OneRowPerOrganisationThenTheCombined()
    {
        var table = Section(Text(RollUps.Two()), "Organisations at a glance");

        var header = Cells(table.Single(l => l.StartsWith("Organisation ", StringComparison.Ordinal)));
        Assert.Equal(["Organisation", "People", "BME %", "Indicator 2 (White ÷ BME)", "Indicator 3 (BME ÷ White)", "Indicator 4 (White ÷ BME)", "Rows rejected"], header);
        var rows = table.SkipWhile(l => !l.StartsWith("----", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).Select(Cells).ToList();
        Assert.Equal(["RXX01", "RXX02", "Combined"], rows.Select(r => r[0]));
        Assert.Equal(["RXX01", "5", "40.0", "not provided", "not provided", "not provided", "0"], rows[0]);
        Assert.Equal(["163", "28.2", "2.67 (adverse to BME; small numbers)"], rows[1][1..4]);
        Assert.Equal("1", rows[1][^1]);
        Assert.Equal(["Combined", "168"], rows[2][..2]);
        Assert.Equal("2.67 (adverse to BME; small numbers)", rows[2][3]);
    }

    [Fact]
    public void WriteRollUp_Publish_CountsOfEveryOrganisationAreDisclosed()
    {
        var text = Text(RollUps.Two(), new ReportWriterOptions { Publish = true });

        var rows = Section(text, "Organisations at a glance").Where(l => l.StartsWith("RXX", StringComparison.Ordinal)).Select(Cells).ToList();
        // RXX01's 3 White and 2 BME people are suppressed, so its BME share (which would give them back) is too.
        Assert.Equal(["RXX01", "*", "*"], rows[0][..3]);
        Assert.Equal("165", rows[1][1]);
        Assert.Contains("- Workforce: * people; BME *% (*% of those whose ethnicity is known); declaration rate *%.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRollUp_DataQualityOnly_HasEachReportsDataQualityAndNoIndicators()
    {
        var text = Text(RollUps.Two(), new ReportWriterOptions { DataQualityOnly = true });

        Assert.Equal(3, text.Split("\nData quality\n~~~~~~~~~~~~\n").Length - 1);
        Heading(text, "Organisation RXX01", '-');
        Assert.DoesNotContain("Organisations at a glance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Indicator 2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Summary", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRollUp_CompareWith_OrganisationsComparedByCodeOrSaidNotToBe()
    {
        var text = Text(RollUps.Two(), new ReportWriterOptions { CompareWith = RollUps.LastYear() });

        var small = text[Heading(text, "Organisation RXX01", '-')..Heading(text, "Organisation RXX02", '-')];
        var large = text[Heading(text, "Organisation RXX02", '-')..];
        Assert.Contains("Each organisation is compared with last year's report for the same organisation code", text, StringComparison.Ordinal);
        Assert.Contains("Compared with last year's report (2024/25, 2024-04-01 to 2025-03-31):", small, StringComparison.Ordinal);
        Assert.Contains("Last year 4 people", small, StringComparison.Ordinal);
        Assert.Contains("Not compared with last year: last year's report has no report for organisation RXX02.", large, StringComparison.Ordinal);
        Assert.DoesNotContain("Last year", large, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRollUp_NoOrganisations_OnlyTheCombinedReport()
    {
        var rollUp = new WresCalculator().CreateRollUp(Reports.Year);
        rollUp.Unassigned.AddStaff(Reports.FullDataset(EqualityStandard.Wres).Staff!);

        var text = Text(rollUp.ToReport());

        Assert.Contains("No row named an organisation, so there is only the combined report.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Organisations at a glance", text, StringComparison.Ordinal);
        Assert.Contains("- Workforce: 163 people;", text, StringComparison.Ordinal);
    }
}
