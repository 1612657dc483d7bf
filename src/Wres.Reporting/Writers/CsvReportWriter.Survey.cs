using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>The staff survey rows: each group's percentage and respondents, and the gap.</summary>
internal sealed partial class CsvReportWriter
{
    private void WriteSurvey(SurveyIndicatorResult survey)
    {
        var id = survey.Id;
        Title(id, survey.Measure.Title, survey.Status);
        if (survey.Status != IndicatorStatus.Computed)
        {
            return;
        }

        var figures = _view.Figures.Survey(survey);
        var previous = _view.Comparison?.Survey(id) is { } found ? _view.PreviousShown(found) : null;
        var score = SurveyUnits.IsScore(survey.Measure);
        Row(
            id,
            score ? "Score" : "Percent",
            reference: Figure((double?)figures.ReferencePercent, figures.ReferenceWithheld, figures.ReferencePercent),
            focus: Figure((double?)figures.FocusPercent, figures.FocusWithheld, figures.FocusPercent),
            previous: CsvCell.Number(previous?.FocusPercent),
            change: CsvCell.Number(ReportComparison.Difference(figures.FocusPercent, previous?.FocusPercent)));
        Row(
            id,
            "Respondents",
            reference: figures.ReferenceRespondents is { } reference ? Count(reference) : default,
            focus: figures.FocusRespondents is { } focus ? Count(focus) : default,
            previous: PreviousCount(previous?.FocusRespondents),
            change: figures.FocusRespondents is { } respondents ? CountChange(respondents, previous?.FocusRespondents) : default);
        Row(
            id,
            score ? "GapPoints" : "GapPercentagePoints",
            value: Figure((double?)figures.Gap, figures.ReferenceWithheld || figures.FocusWithheld, figures.Gap),
            text: survey.Measure.Direction.ToString(),
            previous: CsvCell.Number(previous?.GapPercentagePoints),
            change: CsvCell.Number(ReportComparison.Difference(figures.Gap, previous?.GapPercentagePoints)));
    }

    /// <summary>A survey figure (a decimal, as given): the number, <c>*</c> when withheld, empty when missing.</summary>
    private CsvCell Figure(double? value, bool withheld, decimal? exact) =>
        exact is { } number ? CsvCell.Number(number) : Figure(value, withheld);
}
