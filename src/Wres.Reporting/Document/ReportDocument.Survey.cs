using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

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

        var figures = view.Figures.Survey(survey);
        var measure = survey.Measure;
        var comparison = view.Comparison;
        var previous = comparison?.Survey(survey.Id) is { } found ? view.PreviousShown(found) : null;
        var rows = new List<IReadOnlyList<string>>();
        if (!survey.Measure.FocusGroupOnly)
        {
            rows.Add(Row(view.Reference, figures.ReferencePercent, figures.ReferenceRespondents, figures.ReferenceWithheld, previous?.ReferencePercent));
        }

        rows.Add(Row(view.Focus, figures.FocusPercent, figures.FocusRespondents, figures.FocusWithheld, previous?.FocusPercent));
        List<TableColumn> columns = [new("Group", false), new(SurveyUnits.ValueHeader(measure)), new("Respondents")];
        if (comparison is not null)
        {
            columns.AddRange([new(SurveyUnits.PreviousHeader(measure)), new(SurveyUnits.ChangeHeader(measure))]);
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
        else if (figures.ReferenceWithheld || figures.FocusWithheld)
        {
            sentence = "Gap: not published: a group's respondents are too few to show its result.";
        }
        else if (figures.Gap is not { } gap)
        {
            sentence = "Gap: n/a (one group's result is missing).";
        }
        else
        {
            var reading = gap == 0m ? "no difference"
                : figures.AdverseToFocus == true ? $"unfavourable to {view.Focus} staff"
                : $"favourable to {view.Focus} staff";
            var scores = SurveyUnits.IsScore(measure)
                ? $"Score out of 10 ({view.Focus} vs {view.Reference}): {Numbers.Percent(figures.FocusPercent)} vs {Numbers.Percent(figures.ReferencePercent)}, gap {Numbers.SignedPercent(gap)} points"
                : $"Gap ({view.Focus} − {view.Reference}): {Numbers.SignedPercent(gap)} percentage points";
            sentence = $"{scores}; {Labels.DirectionText(measure.Direction)}, so this is {reading}.";
        }

        if (comparison is not null && !measure.FocusGroupOnly)
        {
            sentence += previous?.GapPercentagePoints is { } previousGap
                ? $" Last year's gap: {Numbers.SignedPercent(previousGap)} {SurveyUnits.GapUnit(measure)}; change {SurveyUnits.Change(measure, ReportComparison.Difference(figures.Gap, previousGap))}."
                : " Last year's gap: n/a.";
        }

        blocks.Add(new ParagraphBlock(sentence));

        IReadOnlyList<string> Row(string label, decimal? percent, PublishedCount? respondents, bool withheld, decimal? before)
        {
            List<string> cells = [label, withheld ? DisclosureWords.NotPublished : Numbers.Percent(percent), respondents?.Text ?? Numbers.NotApplicable];
            if (comparison is not null)
            {
                cells.AddRange([Numbers.Percent(before), SurveyUnits.Change(measure, ReportComparison.Difference(percent, before))]);
            }

            return cells;
        }
    }
}
