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
        if (_view.Figures.Workforce is not { } workforce)
        {
            Row(Id, "Status", text: "NotProvided");
            return;
        }

        var previous = _view.Comparison?.Workforce;
        var before = previous is null ? null : _view.PreviousGroup(previous.Counts);
        var withheld = workforce.Withheld;
        var focusBefore = _view.PreviousShare(previous?.FocusPercent, () => before?.PercentOf(ComparisonGroup.Focus));
        var knownBefore = _view.PreviousShare(previous?.KnownFocusPercent, () => before?.KnownFocusPercent);
        var declaredBefore = _view.PreviousShare(previous?.DeclarationRate, () => before?.DeclarationRate);
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
            reference: Figure(workforce.PercentOf(ComparisonGroup.Reference), withheld),
            focus: Figure(workforce.PercentOf(ComparisonGroup.Focus), withheld),
            unknown: Figure(workforce.PercentOf(ComparisonGroup.Unknown), withheld),
            previous: CsvCell.Number(focusBefore),
            change: CsvCell.Number(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), focusBefore)));
        Row(
            Id,
            "Known" + ReportView.Pascal(_view.FocusKey) + "Percent",
            value: Figure(workforce.KnownFocusPercent, withheld),
            previous: CsvCell.Number(knownBefore),
            change: CsvCell.Number(ReportComparison.Difference(workforce.KnownFocusPercent, knownBefore)));
        Row(
            Id,
            "DeclarationRate",
            value: Figure(workforce.DeclarationRate, withheld),
            previous: CsvCell.Number(declaredBefore),
            change: CsvCell.Number(ReportComparison.Difference(workforce.DeclarationRate, declaredBefore)));
        WriteDetail(Id, null, null, _view.Report.Representation.Total);
        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (_view.Figures.Selection(rule) is { } people)
            {
                Row(Id, "PeopleDecidedBy", row: rule.ToString(), total: Count(people));
            }
        }
    }
}
