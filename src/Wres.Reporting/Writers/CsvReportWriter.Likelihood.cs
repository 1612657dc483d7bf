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

        var ratio = result.RelativeLikelihood!;
        var previous = _view.Comparison?.Likelihood(likelihood);
        var focus = previous?.Focus;
        var focusCounts = ReportComparison.PooledAlike(result, previous) ? focus : null;
        Row(
            id,
            "Events",
            reference: Count(result.Reference.Events),
            focus: Count(result.Focus.Events),
            unknown: Count(result.Unknown.Events),
            previous: PreviousCount(focus?.Events),
            change: CountChange(result.Focus.Events, focusCounts?.Events));
        Row(
            id,
            "Base",
            reference: Count(result.Reference.Base),
            focus: Count(result.Focus.Base),
            unknown: Count(result.Unknown.Base),
            previous: PreviousCount(focus?.Base),
            change: CountChange(result.Focus.Base, focusCounts?.Base));
        Row(
            id,
            "Likelihood",
            reference: CsvCell.Number(result.Reference.Value),
            focus: CsvCell.Number(result.Focus.Value),
            unknown: CsvCell.Number(result.Unknown.Value),
            previous: CsvCell.Number(focus?.Likelihood),
            change: CsvCell.Number(ReportComparison.Difference(result.Focus.Value, focus?.Likelihood)));
        Row(
            id,
            "RelativeLikelihood",
            value: CsvCell.Number(ratio.Ratio),
            lower: CsvCell.Number(ratio.Interval?.Lower),
            upper: CsvCell.Number(ratio.Interval?.Upper),
            text: likelihood.OrientationKey,
            previous: CsvCell.Number(previous?.Ratio),
            change: CsvCell.Number(ReportComparison.Difference(ratio.Ratio, previous?.Ratio)));
        Row(id, "PValue", value: CsvCell.Number(ratio.PValue), previous: CsvCell.Number(previous?.PValue));
        Row(id, "Band", text: _view.BandKey(ratio.Band), previous: CsvCell.Text(previous?.Band is { } band ? _view.BandKey(band) : null));
        Row(id, "UndefinedReason", text: ratio.UndefinedReason == UndefinedReason.None ? null : ratio.UndefinedReason.ToString());
        Row(id, "SmallNumbers", text: ratio.SmallNumbers ? "Yes" : "No", previous: CsvCell.Text(YesNo(previous?.SmallNumbers)));
        Row(id, "YearsPooled", value: CsvCell.Number(result.YearsPooled), previous: previous?.Rolling is { } rolling ? CsvCell.Number(rolling ? 2 : 1) : default);
        if (_view.Comparison is not null)
        {
            Row(id, "IntervalsOverlap", text: YesNo(ReportComparison.IntervalsOverlap(result, previous)));
        }
    }
}
