using Wres.Reporting.Contract;

namespace Wres.Reporting.Writers;

/// <summary>The data quality of every input: exact row totals, exclusions and findings (never a row's content).</summary>
internal sealed partial class JsonReportWriter
{
    private DataQualityDto DataQuality()
    {
        var quality = _view.Report.DataQuality;
        var files = new List<SourceQualityDto>(quality.Sources.Count);
        foreach (var source in quality.Sources)
        {
            var exclusions = new List<ExclusionDto>(source.Exclusions.Count);
            foreach (var exclusion in source.Exclusions)
            {
                exclusions.Add(new ExclusionDto { Rule = exclusion.Rule.ToString(), Detail = Text(exclusion.Detail), Rows = exclusion.Rows });
            }

            var issues = new List<IssueDto>(source.Issues.Count);
            foreach (var issue in source.Issues)
            {
                issues.Add(new IssueDto
                {
                    Line = issue.Line,
                    Column = Text(issue.Column),
                    Code = Text(issue.Code),
                    Severity = issue.Severity.ToString(),
                    Message = Text(issue.Message),
                    Occurrences = issue.Occurrences,
                });
            }

            files.Add(new SourceQualityDto
            {
                File = Text(source.Source),
                RowsRead = _view.Rows(source.RowsRead),
                RowsCounted = _view.Rows(source.RowsCounted),
                RowsExcluded = source.RowsExcluded,
                RowsRejected = source.RowsRejected,
                Reconciles = source.Reconciles,
                Exclusions = exclusions,
                Issues = issues,
                IssuesOmitted = source.IssuesOmitted,
            });
        }

        return new DataQualityDto { HasRejections = quality.HasRejections, Files = files };
    }
}
