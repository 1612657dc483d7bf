namespace Wres.Reporting.Writers;

/// <summary>The data-quality rows: each input's reconciliation, exclusions and findings (a line and column, never a row's content).</summary>
internal sealed partial class CsvReportWriter
{
    private void WriteDataQuality()
    {
        const string Id = "DataQuality";
        foreach (var source in _view.Report.DataQuality.Sources)
        {
            var file = source.Source;
            Row(Id, "RowsRead", file, value: CsvCell.Number(_view.Rows(source.RowsRead)));
            Row(Id, "RowsCounted", file, value: CsvCell.Number(_view.Rows(source.RowsCounted)));
            Row(Id, "RowsExcluded", file, value: CsvCell.Number(source.RowsExcluded));
            Row(Id, "RowsRejected", file, value: CsvCell.Number(source.RowsRejected));
            foreach (var exclusion in source.Exclusions)
            {
                Row(Id, "Excluded", file, exclusion.Rule.ToString(), value: CsvCell.Number(exclusion.Rows), text: exclusion.Detail);
            }

            foreach (var issue in source.Issues)
            {
                Row(
                    Id,
                    issue.Severity.ToString(),
                    file,
                    issue.Code,
                    total: CsvCell.Number(issue.Occurrences),
                    value: issue.Line is { } line ? CsvCell.Number(line) : default,
                    text: issue.Column is null ? issue.Message : issue.Column + ": " + issue.Message);
            }

            if (source.IssuesOmitted > 0)
            {
                Row(Id, "IssuesOmitted", file, value: CsvCell.Number(source.IssuesOmitted));
            }
        }
    }
}
