using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;

namespace Wres.Reporting.Writers;

/// <summary>The staff survey indicators: both groups' percentages, the gap and the respondents, and last year's with the change.</summary>
internal sealed partial class JsonReportWriter
{
    private IndicatorDto Survey(SurveyIndicatorResult survey)
    {
        if (survey.Status != IndicatorStatus.Computed)
        {
            return Bare(IndicatorKind.Survey, survey.Id, survey.Measure.Title, survey.Status);
        }

        var dto = new SurveyIndicatorDto
        {
            Kind = IndicatorKind.Survey,
            Id = survey.Id,
            Title = Text(survey.Measure.Title),
            Status = StatusText(survey.Status),
            Direction = survey.Measure.Direction.ToString(),
            FocusGroupOnly = survey.Measure.FocusGroupOnly,
            WhitePercent = Percent(survey.ReferencePercent),
            BmePercent = Percent(survey.FocusPercent),
            GapPercentagePoints = Percent(survey.GapPercentagePoints),
            WhiteRespondents = Count(survey.ReferenceRespondents),
            BmeRespondents = Count(survey.FocusRespondents),
            AdverseToBme = survey.AdverseToFocus,
        };
        var previous = _view.Comparison?.Survey(survey.Id);
        return dto with
        {
            Previous = Compared(previous is null ? null : new SurveyFiguresDto
            {
                WhitePercent = Percent(previous.ReferencePercent),
                BmePercent = Percent(previous.FocusPercent),
                GapPercentagePoints = Percent(previous.GapPercentagePoints),
                WhiteRespondents = Count(previous.ReferenceRespondents),
                BmeRespondents = Count(previous.FocusRespondents),
            }),
            Change = Compared(previous is null ? null : new SurveyChangeDto
            {
                WhitePercent = Percent(ReportComparison.Difference(survey.ReferencePercent, previous.ReferencePercent)),
                BmePercent = Percent(ReportComparison.Difference(survey.FocusPercent, previous.FocusPercent)),
                GapPercentagePoints = Percent(ReportComparison.Difference(survey.GapPercentagePoints, previous.GapPercentagePoints)),
                WhiteRespondents = CountChange(survey.ReferenceRespondents, previous.ReferenceRespondents),
                BmeRespondents = CountChange(survey.FocusRespondents, previous.FocusRespondents),
            }),
        };
    }
}
