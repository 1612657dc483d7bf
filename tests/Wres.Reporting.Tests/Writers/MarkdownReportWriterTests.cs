using Wres.Core;
using Wres.Reporting.Tests.Builders;
using Wres.Reporting.Writers;

namespace Wres.Reporting.Tests.Writers;

public class MarkdownReportWriterTests
{
    private static string Markdown(WresReport report, ReportWriterOptions? options = null) => ReportWriter.ToString(report, ReportFormat.Markdown, options);

    private static int Pipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
            {
                count++;
            }
        }

        return count;
    }

    [Fact]
    public void Write_FullWres_HasAHeadingForEveryIndicator()
    {
        var markdown = Markdown(Reports.Full());

        Assert.StartsWith("# WRES report 2025/26: Example NHS Trust\n", markdown, StringComparison.Ordinal);
        foreach (var id in new[] { "1", "2", "3", "4", "5", "6", "7", "8", "9" })
        {
            Assert.Contains($"\n## Indicator {id}: ", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("\n### Medical and dental staff\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Data quality\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Tables_AreWellFormedPipeTables()
    {
        var lines = Markdown(Reports.Full()).Split('\n');

        var tables = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || (i > 0 && lines[i - 1].StartsWith('|')))
            {
                continue;
            }

            tables++;
            Assert.Matches(@"^\|( -{3}:? \|)+$", lines[i + 1]);
            var columns = Pipes(lines[i]);
            for (var j = i; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                Assert.Equal(columns, Pipes(lines[j]));
            }
        }

        Assert.True(tables >= 10);
    }

    [Fact]
    public void Write_HostileOrganisation_IsEscaped()
    {
        var markdown = Markdown(Reports.Full(organisation: "*Trust* <img src=x onerror=alert(1)> | [x] #1 & _y_"));

        Assert.StartsWith(@"# WRES report 2025/26: \*Trust\* \<img src=x onerror=alert(1)\> \| \[x\] \#1 \& \_y\_" + "\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)[<>*_\[\]&]", markdown.Split('\n')[0]["# ".Length..]);
    }

    [Fact]
    public void Write_RatioAtMidpoint_RoundsAwayFromZero()
    {
        Assert.Contains("- Relative likelihood (White ÷ BME): 2.63\n", Markdown(Reports.Appointment(21, 40, 8, 40)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BmeLabelOption_UsedInTableHeadings()
    {
        var options = new WresOptions();
        options.Ethnicity.BmeLabel = "Global majority";

        var markdown = Markdown(Reports.Full(options: options));

        Assert.Contains("| Band or grade | White | Global majority | Unknown | Total | White % | Global majority % | Unknown % |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("BME", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NothingSupplied_SaysNotProvided()
    {
        var markdown = Markdown(Reports.Empty());

        Assert.Contains("## Indicator 2: Relative likelihood of White staff being appointed from shortlisting compared with BME staff\n\nNot provided: the recruitment file was not supplied.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nNot provided: no staff survey results were supplied for this indicator.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PublishedSuppressedCount_IsEscaped()
    {
        var markdown = Markdown(Reports.Full(), new ReportWriterOptions { Publish = true });

        // 3 of 40 appointed: the count is suppressed, and so is the likelihood that would give it back.
        Assert.Contains(@"| BME | \* | 40 | \* |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a|b", @"a\|b")]
    [InlineData("line\nbreak", "line break")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("Band 5", "Band 5")]
    public void Escape_Text_EscapesMarkupOnly(string text, string expected)
    {
        Assert.Equal(expected, MarkdownReportWriter.Escape(text));
    }

    [Fact]
    public void Write_CompareWith_TablesHaveLastYearAndChangeColumnsAndTheNotes()
    {
        var markdown = Markdown(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous()));

        var lines = markdown.Split('\n');
        Assert.Contains("| Group | People | % of workforce | Last year: people | Last year: % | Change: people | Change: pp |", lines);
        Assert.Contains("| BME | 261 | 26.1 | 240 | 24.0 | +21 | +2.1 pp |", lines);
        Assert.Contains("- Change: +0.30; 95% confidence intervals overlap: the change may be chance", lines);
        Assert.Contains("Compared with last year's report (2024/25, 2024-04-01 to 2025-03-31): \"Last year\" shows last year's figure", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRollUp_SectionsAndAtAGlanceTable()
    {
        var markdown = ReportWriter.ToString(RollUps.Two(), ReportFormat.Markdown);
        var lines = markdown.Split('\n');

        Assert.StartsWith("# WRES report 2025/26: " + RollUps.Name + "\n", markdown, StringComparison.Ordinal);
        Assert.Single(lines, l => l.StartsWith("# ", StringComparison.Ordinal));
        Assert.Equal(
            ["## Organisations at a glance", "## Combined: " + RollUps.Name, "## Organisation RXX01", "## Organisation RXX02"],
            lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l == "### Summary"));
        Assert.Contains("#### Clinical staff", lines);
        Assert.Contains("| Organisation | People | BME % | Indicator 2 (White ÷ BME) | Indicator 3 (BME ÷ White) | Indicator 4 (White ÷ BME) | Rows rejected |", lines);
        Assert.Contains("| RXX01 | 5 | 40.0 | not provided | not provided | not provided | 0 |", lines);
        var table = lines.SkipWhile(l => !l.StartsWith("| Organisation |", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(5, table.Count);
        Assert.All(table, row => Assert.Equal(8, Pipes(row)));
    }

    [Fact]
    public void WriteRollUp_OrganisationCodeWithMarkup_IsEscaped()
    {
        var rollUp = new WresCalculator().CreateRollUp(Reports.Year);
        rollUp.For("<b>R_1*</b>").AddStaff(Reports.FullDataset(EqualityStandard.Wres).Staff!);

        var markdown = ReportWriter.ToString(rollUp.ToReport(), ReportFormat.Markdown);

        Assert.Contains("## Organisation \\<b\\>R\\_1\\*\\</b\\>\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
    }
}
