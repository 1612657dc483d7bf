using Wres.Core.Indicators;
using Wres.Reporting.Comparison;

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

        var previous = _view.Comparison?.Survey(id);
        Row(
            id,
            "Percent",
            reference: CsvCell.Number(survey.ReferencePercent),
            focus: CsvCell.Number(survey.FocusPercent),
            previous: CsvCell.Number(previous?.FocusPercent),
            change: CsvCell.Number(ReportComparison.Difference(survey.FocusPercent, previous?.FocusPercent)));
        Row(
            id,
            "Respondents",
            reference: OptionalCount(survey.ReferenceRespondents),
            focus: OptionalCount(survey.FocusRespondents),
            previous: PreviousCount(previous?.FocusRespondents),
            change: survey.FocusRespondents is { } respondents ? CountChange(respondents, previous?.FocusRespondents) : default);
        Row(
            id,
            "GapPercentagePoints",
            value: CsvCell.Number(survey.GapPercentagePoints),
            text: survey.Measure.Direction.ToString(),
            previous: CsvCell.Number(previous?.GapPercentagePoints),
            change: CsvCell.Number(ReportComparison.Difference(survey.GapPercentagePoints, previous?.GapPercentagePoints)));
    }
}
