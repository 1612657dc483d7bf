using Wres.Core.Statistics;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;

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

        var ratio = result.RelativeLikelihood!;
        var dto = new LikelihoodIndicatorDto
        {
            Kind = IndicatorKind.Likelihood,
            Id = likelihood.Id,
            Title = Text(likelihood.Title),
            Status = StatusText(result.Status),
            Orientation = likelihood.OrientationKey,
            White = Group(result.Reference.Events, result.Reference.Base, result.Reference.Value),
            Bme = Group(result.Focus.Events, result.Focus.Base, result.Focus.Value),
            Unknown = Group(result.Unknown.Events, result.Unknown.Base, result.Unknown.Value),
            RelativeLikelihood = Ratio(ratio.Ratio),
            Ci95 = Interval(ratio.Interval),
            PValue = Probability(ratio.PValue),
            Band = _view.BandKey(ratio.Band),
            SmallNumbers = ratio.SmallNumbers,
            UndefinedReason = ratio.UndefinedReason == UndefinedReason.None ? null : ratio.UndefinedReason.ToString(),
            Rolling = result.Rolling,
            YearsPooled = result.YearsPooled,
            IntervalMethod = ratio.IntervalMethod.ToString(),
            PValueMethod = ratio.PValueMethod.ToString(),
        };
        if (_view.Comparison is not { } comparison)
        {
            return dto;
        }

        if (comparison.Likelihood(likelihood) is not { } previous)
        {
            return dto with { Previous = new(null), Change = new(null), IntervalsOverlap = new(null) };
        }

        var alike = ReportComparison.PooledAlike(result, previous);
        return dto with
        {
            Previous = new(new LikelihoodPreviousDto
            {
                White = Group(previous.Reference.Events, previous.Reference.Base, previous.Reference.Likelihood),
                Bme = Group(previous.Focus.Events, previous.Focus.Base, previous.Focus.Likelihood),
                Unknown = Group(previous.Unknown.Events, previous.Unknown.Base, previous.Unknown.Likelihood),
                RelativeLikelihood = Ratio(previous.Ratio),
                Ci95 = Interval(previous.Interval),
                PValue = Probability(previous.PValue),
                Band = previous.Band is { } band ? _view.BandKey(band) : null,
                SmallNumbers = previous.SmallNumbers,
                Rolling = previous.Rolling,
            }),
            Change = new(new LikelihoodChangeDto
            {
                White = GroupChange(result.Reference, previous.Reference, alike),
                Bme = GroupChange(result.Focus, previous.Focus, alike),
                Unknown = GroupChange(result.Unknown, previous.Unknown, alike),
                RelativeLikelihood = Ratio(ReportComparison.Difference(ratio.Ratio, previous.Ratio)),
            }),
            PooledAlike = alike,
            IntervalsOverlap = new(ReportComparison.IntervalsOverlap(result, previous)),
        };
    }

    /// <summary>One group's events, base and likelihood, this year's or last year's: one layout for both.</summary>
    private GroupLikelihoodDto Group(int? events, int? @base, double? likelihood) => new()
    {
        Events = Count(events),
        Base = Count(@base),
        Likelihood = Probability(likelihood),
    };

    /// <summary>A 95% confidence interval, this year's or last year's; an unbounded upper limit is <c>null</c>.</summary>
    private IntervalDto? Interval(ConfidenceInterval? interval) =>
        interval is { } limits ? new IntervalDto { Lower = Ratio(limits.Lower), Upper = Ratio(limits.Upper) } : null;

    /// <summary>One group's change; counts only when both years were pooled alike.</summary>
    private GroupLikelihoodChangeDto GroupChange(Proportion proportion, PreviousProportion previous, bool pooledAlike) => new()
    {
        Events = CountChange(proportion.Events, pooledAlike ? previous.Events : null),
        Base = CountChange(proportion.Base, pooledAlike ? previous.Base : null),
        Likelihood = Probability(ReportComparison.Difference(proportion.Value, previous.Likelihood)),
    };
}
