using Wres.Core.Statistics;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>The relative-likelihood rows: events, base, likelihoods, the ratio with its interval, p-value, band and pooling.</summary>
internal sealed partial class CsvReportWriter
{
    private void WriteLikelihood(LikelihoodView likelihood)
    {
        var result = likelihood.Result;
        var id = likelihood.Id;
        Title(id, likelihood.Title, result.Status);
        if (!likelihood.IsProvided)
        {
            return;
        }

        var figures = _view.Figures.Likelihood(result);
        var ratio = figures.Statistics;
        var previous = _view.Comparison?.Likelihood(likelihood) is { } found ? _view.PreviousShown(found) : null;
        var focus = previous?.Focus;
        var focusCounts = ReportComparison.PooledAlike(result, previous) ? focus : null;
        Row(
            id,
            "Events",
            reference: Count(figures.Reference.Events),
            focus: Count(figures.Focus.Events),
            unknown: Count(figures.Unknown.Events),
            previous: PreviousCount(focus?.Events),
            change: CountChange(figures.Focus.Events, focusCounts?.Events));
        Row(
            id,
            "Base",
            reference: Count(figures.Reference.Base),
            focus: Count(figures.Focus.Base),
            unknown: Count(figures.Unknown.Base),
            previous: PreviousCount(focus?.Base),
            change: CountChange(figures.Focus.Base, focusCounts?.Base));
        Row(
            id,
            "Likelihood",
            reference: Figure(figures.Reference.Likelihood, figures.Reference.Withheld),
            focus: Figure(figures.Focus.Likelihood, figures.Focus.Withheld),
            unknown: Figure(figures.Unknown.Likelihood, figures.Unknown.Withheld),
            previous: CsvCell.Number(focus?.Likelihood),
            change: CsvCell.Number(ReportComparison.Difference(figures.Focus.Likelihood, focus?.Likelihood)));
        var withheld = figures.Withheld;
        Row(
            id,
            "RelativeLikelihood",
            value: Figure(ratio?.Ratio, withheld),
            lower: Figure(ratio?.Interval?.Lower, withheld),
            upper: Figure(ratio?.Interval?.Upper, withheld),
            text: likelihood.OrientationKey,
            previous: CsvCell.Number(previous?.Ratio),
            change: CsvCell.Number(ReportComparison.Difference(ratio?.Ratio, previous?.Ratio)));
        Row(id, "PValue", value: Figure(ratio?.PValue, withheld), previous: CsvCell.Number(previous?.PValue));
        Row(id, "Band", text: ratio is null ? DisclosureWordsNotPublished : _view.BandKey(ratio.Band), previous: CsvCell.Text(previous?.Band is { } band ? _view.BandKey(band) : null));
        Row(id, "UndefinedReason", text: ratio is null || ratio.UndefinedReason == UndefinedReason.None ? null : ratio.UndefinedReason.ToString());
        Row(id, "SmallNumbers", text: ratio is null ? DisclosureWordsNotPublished : ratio.SmallNumbers ? "Yes" : "No", previous: CsvCell.Text(YesNo(previous?.SmallNumbers)));
        if (figures.WithheldReason is { } reason)
        {
            Row(id, "Suppressed", text: reason);
        }

        WriteParity(id, likelihood, figures);
        Row(id, "Finding", text: LikelihoodFinding.Text(_view, likelihood));
        Row(id, "YearsPooled", value: CsvCell.Number(result.YearsPooled), previous: previous?.Rolling is { } rolling ? CsvCell.Number(rolling ? 2 : 1) : default);
        if (_view.Comparison is not null)
        {
            Row(id, "IntervalsOverlap", text: YesNo(ReportComparison.PooledAlike(result, previous) ? ReportComparison.IntervalsOverlap(ratio?.Interval, previous?.Interval) : null));
        }

        WriteBreakdowns(likelihood);
    }

    private const string DisclosureWordsNotPublished = Publication.DisclosureWords.NotPublished;
}
