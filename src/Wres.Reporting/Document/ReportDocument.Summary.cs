using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>The summary: one line per figure a board member looks at first, the chart of the relative likelihoods, and the headlines of what it would take.</summary>
internal static partial class ReportDocument
{
    private static void Summary(ReportView view, List<DocumentBlock> blocks)
    {
        var report = view.Report;
        var items = new List<string>();
        if (view.Figures.Workforce is { } workforce)
        {
            var item = $"Workforce: {workforce.Total.Text} people; {view.Focus} {Share(view, workforce, workforce.PercentOf(ComparisonGroup.Focus))}% "
                + $"({Share(view, workforce, workforce.KnownFocusPercent)}% of those whose {view.CharacteristicWord} is known); declaration rate {Share(view, workforce, workforce.DeclarationRate)}%.";
            if (view.Comparison is { } comparison)
            {
                if (comparison.Workforce is { } previous)
                {
                    var before = view.PreviousShare(previous.FocusPercent, () => view.PreviousGroup(previous.Counts).PercentOf(ComparisonGroup.Focus));
                    item += $" Last year {view.PreviousCountText(previous.Counts.Total)} people, {view.Focus} {Numbers.Percent(before)}%; "
                        + $"change {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), before))}.";
                }
                else
                {
                    item += LastYearNotReported;
                }
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

            var figures = view.Figures.Likelihood(likelihood.Result);
            var text = figures.Statistics is not { } ratio ? prefix + figures.WithheldReason + "."
                : ratio.Ratio is { } value ? prefix + $"{Numbers.Ratio(value)} ({LikelihoodFinding.Band(view, ratio)}{(ratio.SmallNumbers ? "; small numbers" : string.Empty)}). {LikelihoodFinding.Text(view, likelihood)}"
                : prefix + $"not defined. {LikelihoodFinding.Text(view, likelihood)}";
            if (view.Comparison is { } comparison)
            {
                text += comparison.Likelihood(likelihood) is { } found && view.PreviousShown(found) is var previous
                    ? $" Last year {Numbers.Ratio(previous.Ratio)}; change {Numbers.SignedRatio(ReportComparison.Difference(figures.Statistics?.Ratio, previous.Ratio))}; {OverlapText(likelihood.Result, figures.Statistics, previous)}."
                    : LastYearNotReported;
            }

            items.Add(text);
        }

        var board = report.Board;
        string boardText;
        if (board.Status != IndicatorStatus.Computed)
        {
            boardText = $"{view.IndicatorWord} {board.Id} (board): not provided.";
        }
        else
        {
            var voting = view.Figures.Board(board.Voting);
            var focusPercent = voting.PercentOf(ComparisonGroup.Focus);
            var difference = view.Figures.BoardDifference(board.Voting);
            boardText = focusPercent is null && view.Publish && voting.Withheld
                ? $"{view.IndicatorWord} {board.Id} (board): {view.Focus} share of voting members not published: a count behind it is not shown."
                : $"{view.IndicatorWord} {board.Id} (board): {view.Focus} share of voting members {Numbers.Percent(focusPercent)}%, "
                    + (difference is null && view.Publish && view.Figures.Workforce is { Withheld: true }
                        ? "its difference from the workforce not published (a workforce count is not shown)."
                        : $"{Numbers.SignedPercent(difference)} percentage points against the workforce.");
            if (view.Comparison is { } boardComparison)
            {
                var previous = boardComparison.Board(board.Id);
                var before = PreviousBoardPercent(view, previous?.Voting);
                boardText += previous is not null
                    ? $" Last year {Numbers.Percent(before)}%; change {Numbers.ChangeInPoints(ReportComparison.Difference(focusPercent, before))}."
                    : LastYearNotReported;
            }
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

        Headlines(view, blocks);
    }
}
