using Wres.Core.Trajectory;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>
/// The page for the board (issue 11): the title, the introduction and the summary, ending in two headlines of what
/// it would take, people to parity on each ratio and this year's Model Employer gap; the HTML report prints it on a
/// page of its own before the detail.
/// </summary>
internal static partial class ReportDocument
{
    /// <summary>
    /// How many of the first blocks make the board page: everything up to the heading of the part after the summary;
    /// 0 when there is no summary (data quality alone).
    /// </summary>
    private static int BoardPageLength(ReportView view, List<DocumentBlock> blocks)
    {
        if (view.DataQualityOnly)
        {
            return 0;
        }

        var summary = blocks.FindIndex(b => b is HeadingBlock { Level: 2 } heading && heading.Anchor == view.Anchor("summary"));
        if (summary < 0)
        {
            return 0;
        }

        var next = blocks.FindIndex(summary + 1, b => b is HeadingBlock { Level: <= 2 });
        return next < 0 ? blocks.Count : next;
    }

    /// <summary>The headlines under the summary's chart: people to parity and the Model Employer gap, where there are any.</summary>
    private static void Headlines(ReportView view, List<DocumentBlock> blocks)
    {
        var items = new List<string>();
        if (ParityHeadline(view) is { } parity)
        {
            items.Add(parity);
        }

        if (ModelEmployerHeadline(view) is { } modelEmployer)
        {
            items.Add(modelEmployer);
        }

        if (items.Count > 0)
        {
            blocks.Add(new ListBlock(items));
        }
    }

    /// <summary>
    /// People to parity on every ratio in one sentence, worked out (as each indicator's "To parity" sentence is) from
    /// the counts the page shows; <see langword="null"/> when no ratio has them.
    /// </summary>
    private static string? ParityHeadline(ReportView view)
    {
        var parts = new List<string>();
        var names = new List<string>();
        var needed = false;
        decimal? upper = null;
        foreach (var likelihood in view.Likelihoods)
        {
            if (!likelihood.IsProvided || view.Figures.Likelihood(likelihood.Result) is not { Statistics: { } ratio } figures
                || ParityFigures.Likelihood(likelihood, figures) is not { } parity)
            {
                continue;
            }

            upper ??= ratio.UpperThreshold;
            var name = $"{view.IndicatorWord} {likelihood.Id}";
            names.Add(name);
            if (parity.ToParity == 0)
            {
                parts.Add($"{name}: none needed");
                continue;
            }

            needed = true;
            var direction = parity.MoreNeeded ? "more" : "fewer";
            var band = parity.ToBand == 0 ? "within the band already" : $"{Numbers.Integer(parity.ToBand)} {direction}";
            var text = $"{name}: {Numbers.Integer(parity.ToParity)} {direction} {view.Focus} {likelihood.Noun} {likelihood.EventsLabel.ToLowerInvariant()} ({band})";
            if (parity.ParityBeyondReach)
            {
                text += $", and even that, all {figures.Focus.Base.Text} of them, is not enough{(parity.BandBeyondReach ? " for either" : " for 1.00")}";
            }

            parts.Add(text);
        }

        return upper is not { } limit ? null
            : needed ? $"To parity, for each ratio to reach 1.00 (in brackets, to come within the four-fifths band, up to {Numbers.Ratio((double)limit)}): {string.Join("; ", parts)}."
            : $"To parity: none needed; every ratio shown ({string.Join(", ", names)}) is at 1.00 or on the {view.Focus} staff's side of it.";
    }

    /// <summary>
    /// This year's Model Employer figures in one sentence, from the same trajectory as the section; when publishing, that
    /// they are not published (the section withholds them); <see langword="null"/> for the WDES or without a workforce.
    /// </summary>
    private static string? ModelEmployerHeadline(ReportView view)
    {
        if (view.IsWdes || view.Report.Workforce is not { Total: > 0 })
        {
            return null;
        }

        if (view.Publish)
        {
            return "Model Employer trajectory: not published (it is worked out from exact band counts, which a published report does not show).";
        }

        var trajectory = view.ModelEmployerTrajectory!;
        if (trajectory.Bands.Count == 0)
        {
            return null;
        }

        var labels = trajectory.Bands.Select(b => b.Band.ReportLabel).ToList();
        var bands = labels.Count == 1 ? labels[0] : string.Join(", ", labels.Take(labels.Count - 1)) + " and " + labels[^1];
        if (trajectory.Bands.All(b => b.Headcount == 0))
        {
            return $"Model Employer trajectory ({bands}): nobody counted in these bands this year.";
        }

        var still = trajectory.Bands.Sum(b => Math.Max(0, b.Target - b.Bme));
        var behind = trajectory.Bands.Where(b => b.Gap > 0).Sum(b => b.Gap);
        var share = trajectory.ShareBasis == TargetShareBasis.KnownEthnicity ? "of staff whose ethnicity is known" : "of all staff";
        var milestone = trajectory.BaselineYear == trajectory.YearEnding ? "next year's" : "this year's";
        return $"Model Employer trajectory ({bands}; target {YearText(trajectory.TargetYear)}): {Numbers.Integer(still)} more {view.Focus} staff across these bands, at this year's sizes, "
            + $"for each to match the workforce's {Numbers.Percent(trajectory.TargetShare * 100)}% {share}; "
            + (behind > 0 ? $"{Numbers.Integer(behind)} behind {milestone} milestones." : $"every band at or ahead of {milestone} milestone.");
    }
}
