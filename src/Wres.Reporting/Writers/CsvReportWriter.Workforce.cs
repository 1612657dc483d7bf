using Wres.Core;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>The workforce's rows: counts, percentages, the known share, the declaration rate and the selection rules.</summary>
internal sealed partial class CsvReportWriter
{
    private void WriteWorkforce()
    {
        const string Id = "Workforce";
        var report = _view.Report;
        if (report.Workforce is not { } workforce)
        {
            Row(Id, "Status", text: "NotProvided");
            return;
        }

        var previous = _view.Comparison?.Workforce;
        Row(
            Id,
            "Count",
            reference: Count(workforce.Reference),
            focus: Count(workforce.Focus),
            unknown: Count(workforce.Unknown),
            total: Count(workforce.Total),
            previous: PreviousCount(previous?.Counts.Focus),
            change: CountChange(workforce.Focus, previous?.Counts.Focus));
        Row(
            Id,
            "Percent",
            reference: CsvCell.Number(workforce.PercentOf(ComparisonGroup.Reference)),
            focus: CsvCell.Number(workforce.PercentOf(ComparisonGroup.Focus)),
            unknown: CsvCell.Number(workforce.PercentOf(ComparisonGroup.Unknown)),
            previous: CsvCell.Number(previous?.FocusPercent),
            change: CsvCell.Number(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), previous?.FocusPercent)));
        Row(
            Id,
            "Known" + ReportView.Pascal(_view.FocusKey) + "Percent",
            value: CsvCell.Number(workforce.KnownFocusPercent),
            previous: CsvCell.Number(previous?.KnownFocusPercent),
            change: CsvCell.Number(ReportComparison.Difference(workforce.KnownFocusPercent, previous?.KnownFocusPercent)));
        Row(
            Id,
            "DeclarationRate",
            value: CsvCell.Number(workforce.DeclarationRate),
            previous: CsvCell.Number(previous?.DeclarationRate),
            change: CsvCell.Number(ReportComparison.Difference(workforce.DeclarationRate, previous?.DeclarationRate)));
        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (report.Selection.TryGetValue(rule, out var people))
            {
                Row(Id, "PeopleDecidedBy", row: rule.ToString(), total: Count(people));
            }
        }
    }
}
