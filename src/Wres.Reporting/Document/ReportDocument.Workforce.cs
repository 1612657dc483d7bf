using Wres.Core;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Document;

/// <summary>The workforce: people by group, the shares and how each person's reporting assignment was chosen.</summary>
internal static partial class ReportDocument
{
    private static void Workforce(ReportView view, List<DocumentBlock> blocks)
    {
        var report = view.Report;
        blocks.Add(new HeadingBlock(2, "Workforce", view.Anchor("workforce")));
        if (view.Figures.Workforce is not { } workforce)
        {
            blocks.Add(new ParagraphBlock(view.StaffNotProvidedText));
            return;
        }

        var comparison = view.Comparison;
        var previous = comparison?.Workforce;
        var before = previous is null ? null : view.PreviousGroup(previous.Counts);
        List<IReadOnlyList<string>> rows =
        [
            GroupRow(view.Reference, ComparisonGroup.Reference, previous?.ReferencePercent),
            GroupRow(view.Focus, ComparisonGroup.Focus, previous?.FocusPercent),
            GroupRow("Unknown", ComparisonGroup.Unknown, previous?.UnknownPercent),
            Compared(
                ["Total", workforce.Total.Text, workforce.Total.Value > 0 ? "100.0" : Numbers.NotApplicable],
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
        var shares = $"{view.Focus} share of staff whose {view.CharacteristicWord} is known: {Share(view, workforce, workforce.KnownFocusPercent)}%. "
            + $"Declaration rate (staff whose {view.CharacteristicWord} is known): {Share(view, workforce, workforce.DeclarationRate)}%.";
        if (comparison is not null)
        {
            var knownBefore = view.PreviousShare(previous?.KnownFocusPercent, () => before?.KnownFocusPercent);
            var declaredBefore = view.PreviousShare(previous?.DeclarationRate, () => before?.DeclarationRate);
            shares += previous is null
                ? LastYearNotReported
                : $" Last year: {Numbers.Percent(knownBefore)}% and {Numbers.Percent(declaredBefore)}% "
                    + $"(change {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.KnownFocusPercent, knownBefore))} "
                    + $"and {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.DeclarationRate, declaredBefore))}).";
        }

        blocks.Add(new ParagraphBlock(shares));

        var selection = new List<IReadOnlyList<string>>();
        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (view.Figures.Selection(rule) is { } people)
            {
                selection.Add([Labels.SelectionRuleText(rule), people.Text]);
            }
        }

        if (selection.Count > 0)
        {
            blocks.Add(new TableBlock("How each person's reporting assignment was chosen", [new("Rule", false), new("People")], selection));
        }

        IReadOnlyList<string> GroupRow(string label, ComparisonGroup group, double? previousPercent)
        {
            var percentBefore = view.PreviousShare(previousPercent, () => before?.PercentOf(group));
            return Compared(
                [label, workforce[group].Text, Share(view, workforce, workforce.PercentOf(group))],
                before?[group].Text ?? Numbers.NotApplicable,
                Numbers.Percent(percentBefore),
                Numbers.SignedInteger(view.CountChange(workforce[group], previous is null ? null : Count(previous.Counts, group))),
                Numbers.ChangeInPoints(ReportComparison.Difference(workforce.PercentOf(group), percentBefore)));
        }

        IReadOnlyList<string> Compared(string[] cells, params string[] comparisonCells) =>
            comparison is null ? cells : [.. cells, .. comparisonCells];
    }

    /// <summary>A share as a table or sentence shows it: rounded, <c>n/a</c> when nobody is counted, <c>*</c> when a count it needs is not published.</summary>
    private static string Share(ReportView view, GroupFigures counts, double? percent) =>
        percent is null && view.Publish && counts.Withheld ? DisclosureWords.NotPublished : Numbers.Percent(percent);

    /// <summary>One group's count of last year's tally.</summary>
    private static int? Count(PreviousTally counts, ComparisonGroup group) => group switch
    {
        ComparisonGroup.Reference => counts.Reference,
        ComparisonGroup.Focus => counts.Focus,
        _ => counts.Unknown,
    };
}
