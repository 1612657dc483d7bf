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

        var figures = _view.Figures.Survey(survey);
        var dto = new SurveyIndicatorDto
        {
            Kind = IndicatorKind.Survey,
            Id = survey.Id,
            Title = Text(survey.Measure.Title),
            Status = StatusText(survey.Status),
            Direction = survey.Measure.Direction.ToString(),
            FocusGroupOnly = survey.Measure.FocusGroupOnly,
            WhitePercent = Percent(figures.ReferencePercent),
            BmePercent = Percent(figures.FocusPercent),
            GapPercentagePoints = Percent(figures.Gap),
            WhiteRespondents = figures.ReferenceRespondents is { } reference ? Count(reference) : null,
            BmeRespondents = figures.FocusRespondents is { } focus ? Count(focus) : null,
            AdverseToBme = figures.AdverseToFocus,
        };
        var previous = _view.Comparison?.Survey(survey.Id) is { } found ? _view.PreviousShown(found) : null;
        return dto with
        {
            Previous = Compared(previous is null ? null : new SurveyFiguresDto
            {
                WhitePercent = Percent(previous.ReferencePercent),
                BmePercent = Percent(previous.FocusPercent),
                GapPercentagePoints = Percent(previous.GapPercentagePoints),
                WhiteRespondents = Count(_view.Previous(previous.ReferenceRespondents)),
                BmeRespondents = Count(_view.Previous(previous.FocusRespondents)),
            }),
            Change = Compared(previous is null ? null : new SurveyChangeDto
            {
                WhitePercent = Percent(ReportComparison.Difference(figures.ReferencePercent, previous.ReferencePercent)),
                BmePercent = Percent(ReportComparison.Difference(figures.FocusPercent, previous.FocusPercent)),
                GapPercentagePoints = Percent(ReportComparison.Difference(figures.Gap, previous.GapPercentagePoints)),
                WhiteRespondents = figures.ReferenceRespondents is { } r ? _view.CountChange(r, previous.ReferenceRespondents) : null,
                BmeRespondents = figures.FocusRespondents is { } f ? _view.CountChange(f, previous.FocusRespondents) : null,
            }),
        };
    }
}
