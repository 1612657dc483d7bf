using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>The data quality: each input's reconciliation, exclusions and findings (a line and column, never a row's content).</summary>
internal static partial class ReportDocument
{
    private static void DataQuality(ReportView view, List<DocumentBlock> blocks)
    {
        var sources = view.Report.DataQuality.Sources;
        blocks.Add(new HeadingBlock(2, "Data quality", view.Anchor("data-quality")));
        if (sources.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No inputs were supplied."));
            return;
        }

        blocks.Add(new ParagraphBlock("Every row read is counted, excluded by a named scope rule, or rejected as bad data. Findings give the line and column, never the row's content."
            + (view.Publish ? " Published: rows read and rows counted are rounded to the nearest " + Numbers.Integer(view.Disclosure!.RoundingBase) + ", since they can stand for a headcount, so the totals need not add up." : string.Empty)));
        foreach (var source in sources)
        {
            blocks.Add(new HeadingBlock(3, source.Source));
            blocks.Add(new ParagraphBlock(
                $"Rows read {Numbers.Integer(view.Rows(source.RowsRead))} = counted {Numbers.Integer(view.Rows(source.RowsCounted))} + excluded {Numbers.Integer(source.RowsExcluded)} + rejected {Numbers.Integer(source.RowsRejected)}"
                + (source.Reconciles ? "." : ": these totals do not reconcile."),
                Caution: !source.Reconciles));
            if (source.Exclusions.Count > 0)
            {
                var exclusions = new List<IReadOnlyList<string>>();
                foreach (var exclusion in source.Exclusions)
                {
                    exclusions.Add([Labels.ExclusionRuleText(exclusion.Rule), exclusion.Detail ?? string.Empty, Numbers.Integer(exclusion.Rows)]);
                }

                blocks.Add(new TableBlock($"{source.Source}: rows excluded by rule", [new("Rule", false), new("Detail", false), new("Rows")], exclusions));
            }

            if (source.Issues.Count == 0)
            {
                blocks.Add(new ParagraphBlock("No findings."));
            }
            else
            {
                var issues = new List<IReadOnlyList<string>>();
                foreach (var issue in source.Issues)
                {
                    issues.Add(
                    [
                        issue.Line is { } line ? Numbers.Integer(line) : "file",
                        issue.Column ?? string.Empty,
                        issue.Code,
                        issue.Severity.ToString(),
                        issue.Message,
                        Numbers.Integer(issue.Occurrences),
                    ]);
                }

                blocks.Add(new TableBlock(
                    $"{source.Source}: findings",
                    [new("Line"), new("Column", false), new("Code", false), new("Severity", false), new("Message", false), new("Rows")],
                    issues));
            }

            if (source.IssuesOmitted > 0)
            {
                blocks.Add(new ParagraphBlock($"{Numbers.Integer(source.IssuesOmitted)} further finding(s) not listed; they are included in the totals."));
            }
        }
    }
}
