using Wres.Core.Validation;
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
                Findings(source, blocks);
            }

            if (source.IssuesOmitted > 0)
            {
                blocks.Add(new ParagraphBlock($"{Numbers.Integer(source.IssuesOmitted)} further finding(s) not listed; they are included in the totals."));
            }
        }
    }

    /// <summary>
    /// An input's findings: each error (a rejected row) on its own line, since each row must be put right; warnings and
    /// notes summarised, one line per code, column and message (the message quotes the value), with the rows that had
    /// it and the first of their lines, however many rows repeat it. JSON keeps every finding as found.
    /// </summary>
    private static void Findings(SourceQuality source, List<DocumentBlock> blocks)
    {
        var errors = new List<IReadOnlyList<string>>();
        var summary = new Dictionary<(string Code, IssueSeverity Severity, string? Column, string Message), (int FirstLine, int Rows)>();
        foreach (var issue in source.Issues)
        {
            if (issue.Severity == IssueSeverity.Error)
            {
                errors.Add(
                [
                    issue.Line is { } line ? Numbers.Integer(line) : "file",
                    issue.Column ?? string.Empty,
                    issue.Code,
                    issue.Severity.ToString(),
                    issue.Message,
                    Numbers.Integer(issue.Occurrences),
                ]);
                continue;
            }

            var key = (issue.Code, issue.Severity, issue.Column, issue.Message);
            var (first, rows) = summary.TryGetValue(key, out var found) ? found : (int.MaxValue, 0);
            summary[key] = (issue.Line is { } at ? Math.Min(first, at) : first, rows + issue.Occurrences);
        }

        if (errors.Count > 0)
        {
            blocks.Add(new TableBlock(
                $"{source.Source}: errors (rows rejected)",
                [new("Line"), new("Column", false), new("Code", false), new("Severity", false), new("Message", false), new("Rows")],
                errors));
        }

        if (summary.Count > 0)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var ((code, severity, column, message), (first, count)) in summary
                .OrderBy(s => s.Key.Severity).ThenBy(s => s.Key.Code, StringComparer.Ordinal).ThenBy(s => s.Value.FirstLine))
            {
                rows.Add([code, severity.ToString(), column ?? string.Empty, message, Numbers.Integer(count), first == int.MaxValue ? "file" : Numbers.Integer(first)]);
            }

            blocks.Add(new TableBlock(
                $"{source.Source}: warnings and notes by value (rows with each)",
                [new("Code", false), new("Severity", false), new("Column", false), new("Message", false), new("Rows"), new("First line")],
                rows));
        }
    }
}
