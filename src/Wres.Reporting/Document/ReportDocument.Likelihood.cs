using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Document;

/// <summary>The relative-likelihood indicators: counts and likelihoods by group, the ratio with its interval, p-value and band.</summary>
internal static partial class ReportDocument
{
    private static void Likelihood(ReportView view, LikelihoodView likelihood, List<DocumentBlock> blocks)
    {
        var result = likelihood.Result;
        blocks.Add(new HeadingBlock(2, view.IndicatorHeading(likelihood.Id, likelihood.Title), view.Anchor("indicator-" + likelihood.Id)));
        if (!likelihood.IsProvided)
        {
            blocks.Add(new ParagraphBlock(likelihood.NotProvidedText));
            return;
        }

        var figures = view.Figures.Likelihood(result);
        var comparison = view.Comparison;
        var previous = comparison?.Likelihood(likelihood) is { } found ? view.PreviousShown(found) : null;
        var baseLabel = result.Rolling ? likelihood.BaseLabel + " (two years)" : likelihood.BaseLabel;
        List<TableColumn> columns = [new("Group", false), new(likelihood.EventsLabel), new(baseLabel), new("Likelihood")];
        if (comparison is not null)
        {
            columns.AddRange([new("Last year: likelihood"), new("Change: pp")]);
        }

        blocks.Add(new TableBlock(
            $"{view.IndicatorWord} {likelihood.Id}: counts and likelihoods by group",
            columns,
            [
                GroupRow(view.Reference, figures.Reference, previous?.Reference),
                GroupRow(view.Focus, figures.Focus, previous?.Focus),
                GroupRow("Unknown (not in the ratio)", figures.Unknown, previous?.Unknown),
            ]));
        DetailTable(view, likelihood, blocks);

        var items = new List<string>();
        if (figures.Statistics is not { } ratio)
        {
            items.Add($"Relative likelihood ({likelihood.OrientationText}), its 95% confidence interval, p-value and band: {figures.WithheldReason}.");
        }
        else
        {
            items.Add("In words: " + LikelihoodFinding.Text(view, likelihood));
            if (ParityText(view, likelihood, figures, ratio.UpperThreshold) is { } parity)
            {
                items.Add(parity);
            }

            items.AddRange(
            [
                ratio.Ratio is { } value
                    ? $"Relative likelihood ({likelihood.OrientationText}): {Numbers.Ratio(value)}"
                    : $"Relative likelihood ({likelihood.OrientationText}): not defined: {ReportView.UndefinedReasonText(likelihood, ratio.UndefinedReason)}",
                ratio.Interval is { } interval
                    ? $"95% confidence interval ({Labels.IntervalMethodText(ratio.IntervalMethod)}): {Numbers.Limit(interval.Lower)} to {Numbers.Limit(interval.Upper)}"
                    : "95% confidence interval: n/a",
                $"p-value ({Labels.PValueMethodText(ratio.PValueMethod)}): {Numbers.PValue(ratio.PValue)}",
                $"Band (four-fifths rule): {LikelihoodFinding.Band(view, ratio)}",
            ]);
        }

        if (likelihood.Id == view.Report.FormalProcess.Id)
        {
            items.Add(result.Rolling
                ? "Rolling two-year average: this year's and last year's cases and headcounts are pooled."
                : "Single year: not pooled with last year (last year's cases and staff were not both supplied, or pooling is switched off).");
        }

        if (comparison is not null)
        {
            if (previous is null)
            {
                items.Add($"Last year ({comparison.Year}): not provided.");
            }
            else
            {
                var previousInterval = previous.Interval is { } limits
                    ? $"95% confidence interval {Numbers.Limit(limits.Lower)} to {Numbers.Limit(limits.Upper)}"
                    : "95% confidence interval n/a";
                var band = previous.Band is { } previousBand ? "; " + LikelihoodFinding.Band(view, previous, previousBand) : string.Empty;
                items.Add($"Last year ({comparison.Year}): {Numbers.Ratio(previous.Ratio)}, {previousInterval}{band}");
                items.Add($"Change: {Numbers.SignedRatio(ReportComparison.Difference(figures.Statistics?.Ratio, previous.Ratio))}; {OverlapText(result, figures.Statistics, previous)}");
            }
        }

        blocks.Add(new ListBlock(items));
        if (figures.Statistics is { SmallNumbers: true })
        {
            blocks.Add(new ParagraphBlock(
                "Caution: small numbers. At least one group has few events, few non-events or a small base, so this ratio can move a lot with a handful of people; read it with the confidence interval.",
                Caution: true));
        }

        Breakdowns(view, likelihood, blocks);

        IReadOnlyList<string> GroupRow(string label, GroupLikelihoodFigures group, PreviousProportion? before)
        {
            List<string> cells = [label, group.Events.Text, group.Base.Text, LikelihoodText(view, group)];
            if (comparison is not null)
            {
                cells.AddRange([Numbers.LikelihoodPercent(before?.Likelihood), Numbers.LikelihoodChange(ReportComparison.Difference(group.Likelihood, before?.Likelihood))]);
            }

            return cells;
        }
    }

    /// <summary>
    /// People to parity (rules §8) in words, worked out from the counts the page shows (the published ones when
    /// publishing, so that nothing else can be read from it); <see langword="null"/> when a count is not shown or a base
    /// is 0.
    /// </summary>
    private static string? ParityText(ReportView view, LikelihoodView likelihood, LikelihoodFigures figures, decimal upperThreshold)
    {
        if (ParityFigures.Likelihood(likelihood, figures) is not { } parity)
        {
            return null;
        }

        // The parity figures need both counts of the focus group, so they are shown.
        var (a, n) = (figures.Focus.Events.Value!.Value, figures.Focus.Base.Value!.Value);
        var upper = Numbers.Ratio((double)upperThreshold);
        if (parity.ToParity == 0)
        {
            return $"To parity: none needed; the ratio is at 1.00 or on the {view.Focus} staff's side of it.";
        }

        var focus = $"{view.Focus} {likelihood.Noun}";
        var bandText = parity.ToBand == 0 ? $" (it is within the four-fifths band, up to {upper}, already)." : null;
        string text;
        if (parity.MoreNeeded)
        {
            text = $"To parity: {Numbers.Integer(parity.ToParity)} more of the {Numbers.Integer(n)} {focus} would need to {likelihood.Infinitive} for the ratio to reach 1.00"
                + (bandText ?? $", and {Numbers.Integer(parity.ToBand)} more for it to come within the four-fifths band (up to {upper}).");
        }
        else
        {
            text = $"To parity: {Numbers.Integer(a - parity.ToParity)} or fewer of the {Numbers.Integer(n)} {focus}, instead of {Numbers.Integer(a)}, would bring the ratio to 1.00 ({Numbers.Integer(parity.ToParity)} fewer)"
                + (bandText ?? $"; {Numbers.Integer(a - parity.ToBand)} or fewer would bring it within the four-fifths band (up to {upper}).");
        }

        if (parity.ParityBeyondReach)
        {
            text += $" Even all {Numbers.Integer(n)} would not be enough{(parity.BandBeyondReach ? " for either" : " for parity")}: the numbers are capped at everyone in the base.";
        }

        return text;
    }

    /// <summary>A group's likelihood as a table shows it: a percentage, <c>n/a</c> with no base, <c>*</c> when a count it needs is not published.</summary>
    private static string LikelihoodText(ReportView view, GroupLikelihoodFigures group) =>
        group.Likelihood is null && view.Publish && group.Withheld ? DisclosureWords.NotPublished : Numbers.LikelihoodPercent(group.Likelihood);
}
