using Wres.Core.Statistics;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>The relative-likelihood indicators: groups, ratio, interval, p-value and band, and last year's with the change.</summary>
internal sealed partial class JsonReportWriter
{
    private IndicatorDto Likelihood(LikelihoodView likelihood)
    {
        var result = likelihood.Result;
        if (!likelihood.IsProvided)
        {
            return Bare(IndicatorKind.Likelihood, likelihood.Id, likelihood.Title, result.Status);
        }

        var figures = _view.Figures.Likelihood(result);
        var ratio = figures.Statistics;
        var dto = new LikelihoodIndicatorDto
        {
            Kind = IndicatorKind.Likelihood,
            Id = likelihood.Id,
            Title = Text(likelihood.Title),
            Status = StatusText(result.Status),
            Orientation = likelihood.OrientationKey,
            Finding = Text(LikelihoodFinding.Text(_view, likelihood)),
            White = Group(figures.Reference),
            Bme = Group(figures.Focus),
            Unknown = Group(figures.Unknown),
            RelativeLikelihood = Ratio(ratio?.Ratio),
            RelativeLikelihoodSuppressed = figures.Withheld ? true : null,
            SuppressedReason = figures.WithheldReason,
            Ci95 = Interval(ratio?.Interval),
            PValue = Probability(ratio?.PValue),
            Band = ratio is null ? null : _view.BandKey(ratio.Band),
            SmallNumbers = ratio?.SmallNumbers,
            UndefinedReason = ratio is null || ratio.UndefinedReason == UndefinedReason.None ? null : ratio.UndefinedReason.ToString(),
            Rolling = result.Rolling,
            YearsPooled = result.YearsPooled,
            IntervalMethod = result.RelativeLikelihood!.IntervalMethod.ToString(),
            PValueMethod = result.RelativeLikelihood.PValueMethod.ToString(),
        };
        dto = Breakdowns(result, dto);
        dto = WithParity(dto, likelihood, figures);
        if (_view.Comparison is not { } comparison)
        {
            return dto;
        }

        if (comparison.Likelihood(likelihood) is not { } found)
        {
            return dto with { Previous = new(null), Change = new(null), IntervalsOverlap = new(null) };
        }

        var previous = _view.PreviousShown(found);
        var alike = ReportComparison.PooledAlike(result, previous);
        return dto with
        {
            Previous = new(new LikelihoodPreviousDto
            {
                White = PreviousGroup(previous.Reference),
                Bme = PreviousGroup(previous.Focus),
                Unknown = PreviousGroup(previous.Unknown),
                RelativeLikelihood = Ratio(previous.Ratio),
                Ci95 = Interval(previous.Interval),
                PValue = Probability(previous.PValue),
                Band = previous.Band is { } band ? _view.BandKey(band) : null,
                SmallNumbers = previous.SmallNumbers,
                Rolling = previous.Rolling,
            }),
            Change = new(new LikelihoodChangeDto
            {
                White = GroupChange(figures.Reference, previous.Reference, alike),
                Bme = GroupChange(figures.Focus, previous.Focus, alike),
                Unknown = GroupChange(figures.Unknown, previous.Unknown, alike),
                RelativeLikelihood = Ratio(ReportComparison.Difference(ratio?.Ratio, previous.Ratio)),
            }),
            PooledAlike = alike,
            IntervalsOverlap = new(alike ? ReportComparison.IntervalsOverlap(ratio?.Interval, previous.Interval) : null),
        };
    }

    /// <summary>One group's events, base and likelihood as shown.</summary>
    private GroupLikelihoodDto Group(GroupLikelihoodFigures group) => new()
    {
        Events = Count(group.Events),
        Base = Count(group.Base),
        Likelihood = Probability(group.Likelihood),
    };

    /// <summary>Last year's events, base and likelihood of one group, as they may be shown.</summary>
    private GroupLikelihoodDto PreviousGroup(PreviousProportion group) => new()
    {
        Events = Count(_view.Previous(group.Events)),
        Base = Count(_view.Previous(group.Base)),
        Likelihood = Probability(group.Likelihood),
    };

    /// <summary>A 95% confidence interval, this year's or last year's; an unbounded upper limit is <c>null</c>.</summary>
    private IntervalDto? Interval(ConfidenceInterval? interval) =>
        interval is { } limits ? new IntervalDto { Lower = Ratio(limits.Lower), Upper = Ratio(limits.Upper) } : null;

    /// <summary>One group's change; counts only when both years were pooled alike.</summary>
    private GroupLikelihoodChangeDto GroupChange(GroupLikelihoodFigures group, PreviousProportion previous, bool pooledAlike) => new()
    {
        Events = _view.CountChange(group.Events, pooledAlike ? previous.Events : null),
        Base = _view.CountChange(group.Base, pooledAlike ? previous.Base : null),
        Likelihood = Probability(ReportComparison.Difference(group.Likelihood, previous.Likelihood)),
    };
}
