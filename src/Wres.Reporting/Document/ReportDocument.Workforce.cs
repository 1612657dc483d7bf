using Wres.Core;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>The workforce: people by group, the shares and how each person's reporting assignment was chosen.</summary>
internal static partial class ReportDocument
{
    private static void Workforce(ReportView view, List<DocumentBlock> blocks)
    {
        var report = view.Report;
        blocks.Add(new HeadingBlock(2, "Workforce", view.Anchor("workforce")));
        if (report.Workforce is not { } workforce)
        {
            blocks.Add(new ParagraphBlock(view.StaffNotProvidedText));
            return;
        }

        var comparison = view.Comparison;
        var previous = comparison?.Workforce;
        List<IReadOnlyList<string>> rows =
        [
            GroupRow(view.Reference, ComparisonGroup.Reference, previous?.Counts.Reference, previous?.ReferencePercent),
            GroupRow(view.Focus, ComparisonGroup.Focus, previous?.Counts.Focus, previous?.FocusPercent),
            GroupRow("Unknown", ComparisonGroup.Unknown, previous?.Counts.Unknown, previous?.UnknownPercent),
            Compared(
                ["Total", view.CountText(workforce.Total), workforce.Total > 0 ? "100.0" : Numbers.NotApplicable],
                view.PreviousCountText(previous?.Counts.Total),
                previous?.Counts.Total > 0 ? "100.0" : Numbers.NotApplicable,
                Numbers.SignedInteger(view.CountChange(workforce.Total, previous?.Counts.Total)),
                string.Empty),
        ];
        List<TableColumn> columns = [new("Group", false), new("People"), new("% of workforce")];
        if (comparison is not null)
        {
            columns.AddRange([new("Last year: people"), new("Last year: %"), new("Change: people"), new("Change: pp")]);
        }

        blocks.Add(new TableBlock($"People in the workforce at {ReportView.Date(report.Year.Snapshot)}", columns, rows));
        var shares = $"{view.Focus} share of staff whose {view.CharacteristicWord} is known: {Numbers.Percent(workforce.KnownFocusPercent)}%. "
            + $"Declaration rate (staff whose {view.CharacteristicWord} is known): {Numbers.Percent(workforce.DeclarationRate)}%.";
        if (comparison is not null)
        {
            shares += previous is null
                ? LastYearNotReported
                : $" Last year: {Numbers.Percent(previous.KnownFocusPercent)}% and {Numbers.Percent(previous.DeclarationRate)}% "
                    + $"(change {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.KnownFocusPercent, previous.KnownFocusPercent))} "
                    + $"and {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.DeclarationRate, previous.DeclarationRate))}).";
        }

        blocks.Add(new ParagraphBlock(shares));

        var selection = new List<IReadOnlyList<string>>();
        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (report.Selection.TryGetValue(rule, out var people))
            {
                selection.Add([Labels.SelectionRuleText(rule), view.CountText(people)]);
            }
        }

        if (selection.Count > 0)
        {
            blocks.Add(new TableBlock("How each person's reporting assignment was chosen", [new("Rule", false), new("People")], selection));
        }

        IReadOnlyList<string> GroupRow(string label, ComparisonGroup group, int? previousCount, double? previousPercent) => Compared(
            [label, view.CountText(workforce[group]), Numbers.Percent(workforce.PercentOf(group))],
            view.PreviousCountText(previousCount),
            Numbers.Percent(previousPercent),
            Numbers.SignedInteger(view.CountChange(workforce[group], previousCount)),
            Numbers.ChangeInPoints(ReportComparison.Difference(workforce.PercentOf(group), previousPercent)));

        IReadOnlyList<string> Compared(string[] cells, params string[] comparisonCells) =>
            comparison is null ? cells : [.. cells, .. comparisonCells];
    }
}
