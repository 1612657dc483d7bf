using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>The summary: one line per figure a board member looks at first, and the chart of the relative likelihoods.</summary>
internal static partial class ReportDocument
{
    private static void Summary(ReportView view, List<DocumentBlock> blocks)
    {
        var report = view.Report;
        var items = new List<string>();
        if (report.Workforce is { } workforce)
        {
            var item = $"Workforce: {view.CountText(workforce.Total)} people; {view.Focus} {Numbers.Percent(workforce.PercentOf(ComparisonGroup.Focus))}% "
                + $"({Numbers.Percent(workforce.KnownFocusPercent)}% of those whose {view.CharacteristicWord} is known); declaration rate {Numbers.Percent(workforce.DeclarationRate)}%.";
            if (view.Comparison is { } comparison)
            {
                item += comparison.Workforce is { } previous
                    ? $" Last year {view.PreviousCountText(previous.Counts.Total)} people, {view.Focus} {Numbers.Percent(previous.FocusPercent)}%; "
                        + $"change {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), previous.FocusPercent))}."
                    : LastYearNotReported;
            }

            items.Add(item);
        }
        else
        {
            items.Add("Workforce: not provided.");
        }

        foreach (var likelihood in view.Likelihoods)
        {
            var prefix = $"{view.IndicatorWord} {likelihood.Id} ({likelihood.ShortName}, {likelihood.OrientationText}): ";
            if (!likelihood.IsProvided)
            {
                items.Add(prefix + "not provided.");
                continue;
            }

            var ratio = likelihood.Result.RelativeLikelihood!;
            var text = ratio.Ratio is { } value
                ? prefix + $"{Numbers.Ratio(value)} ({view.BandText(ratio.Band)}{(ratio.SmallNumbers ? "; small numbers" : string.Empty)})."
                : prefix + $"not defined: {ReportView.UndefinedReasonText(likelihood, ratio.UndefinedReason)}.";
            if (view.Comparison is { } comparison)
            {
                text += comparison.Likelihood(likelihood) is { } previous
                    ? $" Last year {Numbers.Ratio(previous.Ratio)}; change {Numbers.SignedRatio(ReportComparison.Difference(ratio.Ratio, previous.Ratio))}; {OverlapText(likelihood.Result, previous)}."
                    : LastYearNotReported;
            }

            items.Add(text);
        }

        var board = report.Board;
        var boardText = board.Status != IndicatorStatus.Computed
            ? $"{view.IndicatorWord} {board.Id} (board): not provided."
            : $"{view.IndicatorWord} {board.Id} (board): {view.Focus} share of voting members {Numbers.Percent(board.Voting.FocusPercent)}%, "
                + $"{Numbers.SignedPercent(board.Voting.DifferencePercentagePoints)} percentage points against the workforce.";
        if (board.Status == IndicatorStatus.Computed && view.Comparison is { } boardComparison)
        {
            boardText += boardComparison.Board(board.Id) is { } previous
                ? $" Last year {Numbers.Percent(previous.Voting.FocusPercent)}%; change {Numbers.ChangeInPoints(ReportComparison.Difference(board.Voting.FocusPercent, previous.Voting.FocusPercent))}."
                : LastYearNotReported;
        }

        items.Add(boardText);

        var sources = report.DataQuality.Sources;
        var rejected = 0;
        foreach (var source in sources)
        {
            rejected += source.RowsRejected;
        }

        items.Add($"Data quality: {Numbers.Integer(sources.Count)} input(s) read; {Numbers.Integer(rejected)} row(s) rejected.");
        blocks.Add(new HeadingBlock(2, "Summary", view.Anchor("summary")));
        blocks.Add(new ListBlock(items));
        if (view.Likelihoods.Count > 0)
        {
            blocks.Add(new ChartBlock(ChartKind.RelativeLikelihoods, view));
        }
    }
}
