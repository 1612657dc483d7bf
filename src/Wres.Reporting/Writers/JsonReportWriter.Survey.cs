using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;

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
        var score = SurveyUnits.IsScore(survey.Measure);
        Optional<ReportNumber?> As(bool scored, decimal? value) => score == scored ? new(Percent(value)) : default;
        var dto = new SurveyIndicatorDto
        {
            Kind = IndicatorKind.Survey,
            Id = survey.Id,
            Title = Text(survey.Measure.Title),
            Status = StatusText(survey.Status),
            Direction = survey.Measure.Direction.ToString(),
            FocusGroupOnly = survey.Measure.FocusGroupOnly,
            Scale = survey.Measure.Scale.ToString(),
            WhitePercent = As(false, figures.ReferencePercent),
            BmePercent = As(false, figures.FocusPercent),
            GapPercentagePoints = As(false, figures.Gap),
            WhiteScore = As(true, figures.ReferencePercent),
            BmeScore = As(true, figures.FocusPercent),
            GapPoints = As(true, figures.Gap),
            WhiteRespondents = figures.ReferenceRespondents is { } reference ? Count(reference) : null,
            BmeRespondents = figures.FocusRespondents is { } focus ? Count(focus) : null,
            AdverseToBme = figures.AdverseToFocus,
        };
        var previous = _view.Comparison?.Survey(survey.Id) is { } found ? _view.PreviousShown(found) : null;
        return dto with
        {
            Previous = Compared(previous is null ? null : new SurveyFiguresDto
            {
                WhitePercent = As(false, previous.ReferencePercent),
                BmePercent = As(false, previous.FocusPercent),
                GapPercentagePoints = As(false, previous.GapPercentagePoints),
                WhiteScore = As(true, previous.ReferencePercent),
                BmeScore = As(true, previous.FocusPercent),
                GapPoints = As(true, previous.GapPercentagePoints),
                WhiteRespondents = Count(_view.Previous(previous.ReferenceRespondents)),
                BmeRespondents = Count(_view.Previous(previous.FocusRespondents)),
            }),
            Change = Compared(previous is null ? null : new SurveyChangeDto
            {
                WhitePercent = As(false, ReportComparison.Difference(figures.ReferencePercent, previous.ReferencePercent)),
                BmePercent = As(false, ReportComparison.Difference(figures.FocusPercent, previous.FocusPercent)),
                GapPercentagePoints = As(false, ReportComparison.Difference(figures.Gap, previous.GapPercentagePoints)),
                WhiteScore = As(true, ReportComparison.Difference(figures.ReferencePercent, previous.ReferencePercent)),
                BmeScore = As(true, ReportComparison.Difference(figures.FocusPercent, previous.FocusPercent)),
                GapPoints = As(true, ReportComparison.Difference(figures.Gap, previous.GapPercentagePoints)),
                WhiteRespondents = figures.ReferenceRespondents is { } r ? _view.CountChange(r, previous.ReferenceRespondents) : null,
                BmeRespondents = figures.FocusRespondents is { } f ? _view.CountChange(f, previous.FocusRespondents) : null,
            }),
        };
    }
}
