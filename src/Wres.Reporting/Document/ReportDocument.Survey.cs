using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>The staff survey indicators: each group's result and the gap, read in the measure's direction.</summary>
internal static partial class ReportDocument
{
    private static void Survey(ReportView view, SurveyIndicatorResult survey, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(2, view.IndicatorHeading(survey.Id, survey.Measure.Title), view.Anchor("indicator-" + Anchor(survey.Id))));
        if (survey.Status != IndicatorStatus.Computed)
        {
            blocks.Add(new ParagraphBlock(view.SurveyNotProvidedText));
            return;
        }

        var comparison = view.Comparison;
        var previous = comparison?.Survey(survey.Id);
        var rows = new List<IReadOnlyList<string>>();
        if (!survey.Measure.FocusGroupOnly)
        {
            rows.Add(Row(view.Reference, survey.ReferencePercent, survey.ReferenceRespondents, previous?.ReferencePercent));
        }

        rows.Add(Row(view.Focus, survey.FocusPercent, survey.FocusRespondents, previous?.FocusPercent));
        List<TableColumn> columns = [new("Group", false), new("%"), new("Respondents")];
        if (comparison is not null)
        {
            columns.AddRange([new("Last year: %"), new("Change: pp")]);
        }

        blocks.Add(new TableBlock(
            $"{view.IndicatorWord} {survey.Id}: staff survey result by group ({Labels.DirectionText(survey.Measure.Direction)})",
            columns,
            rows));

        string sentence;
        if (survey.Measure.FocusGroupOnly)
        {
            sentence = $"Only {view.Focus} staff are asked this question, so there is no gap; {Labels.DirectionText(survey.Measure.Direction)}.";
        }
        else if (survey.GapPercentagePoints is not { } gap)
        {
            sentence = "Gap: n/a (one group's result is missing).";
        }
        else
        {
            var reading = gap == 0m ? "no difference"
                : survey.AdverseToFocus == true ? $"unfavourable to {view.Focus} staff"
                : $"favourable to {view.Focus} staff";
            sentence = $"Gap ({view.Focus} − {view.Reference}): {Numbers.SignedPercent(gap)} percentage points; {Labels.DirectionText(survey.Measure.Direction)}, so this is {reading}.";
        }

        if (comparison is not null && !survey.Measure.FocusGroupOnly)
        {
            sentence += previous?.GapPercentagePoints is { } previousGap
                ? $" Last year's gap: {Numbers.SignedPercent(previousGap)} percentage points; change {Numbers.ChangeInPoints(ReportComparison.Difference(survey.GapPercentagePoints, previousGap))}."
                : " Last year's gap: n/a.";
        }

        blocks.Add(new ParagraphBlock(sentence));

        string Respondents(int? count) => count is { } n ? view.CountText(n) : Numbers.NotApplicable;

        IReadOnlyList<string> Row(string label, decimal? percent, int? respondents, decimal? before)
        {
            List<string> cells = [label, Numbers.Percent(percent), Respondents(respondents)];
            if (comparison is not null)
            {
                cells.AddRange([Numbers.Percent(before), Numbers.ChangeInPoints(ReportComparison.Difference(percent, before))]);
            }

            return cells;
        }
    }
}
