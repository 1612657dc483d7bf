using Wres.Core.Trajectory;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>The Model Employer trajectory (rules §8): each senior band's target, milestones and this year's gap.</summary>
internal static partial class ReportDocument
{
    private static void ModelEmployer(ReportView view, List<DocumentBlock> blocks)
    {
        if (view.IsWdes || view.Report.Workforce is not { Total: > 0 })
        {
            return;
        }

        blocks.Add(new HeadingBlock(2, "Model Employer trajectory", view.Anchor("model-employer")));
        if (view.Publish)
        {
            blocks.Add(new ParagraphBlock(ReportView.ModelEmployerWithheldText));
            return;
        }

        var trajectory = view.ModelEmployerTrajectory!;
        var fromThisYear = trajectory.BaselineYear == trajectory.YearEnding;
        var years = Enumerable.Range(trajectory.BaselineYear + 1, Math.Max(0, trajectory.TargetYear - trajectory.BaselineYear)).ToArray();
        List<TableColumn> columns = [new("Band", false), new("Headcount"), new($"{view.Focus} now"), new($"{view.Focus} at baseline"), new("Target")];
        columns.AddRange(years.Select(y => new TableColumn(YearText(y))));
        columns.Add(new TableColumn("Gap"));
        var rows = trajectory.Bands.Select(band =>
        {
            List<string> cells = [band.Band.ReportLabel, Numbers.Integer(band.Headcount), Numbers.Integer(band.Bme), Numbers.Integer(band.BaselineBme), Numbers.Integer(band.Target)];
            cells.AddRange(band.Milestones.Select(m => Numbers.Integer(m.Bme)));
            cells.Add(band.Gap > 0 ? "+" + Numbers.Integer(band.Gap) : Numbers.Integer(band.Gap));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        blocks.Add(new TableBlock($"Model Employer trajectory to {YearText(trajectory.TargetYear)} (non-clinical and clinical staff together)", columns, rows));

        var share = trajectory.ShareBasis == TargetShareBasis.KnownEthnicity ? "of staff whose ethnicity is known" : "of all staff";
        var still = trajectory.Bands.Sum(b => Math.Max(0, b.Target - b.Bme));
        var behind = trajectory.Bands.Where(b => b.Gap > 0).Sum(b => b.Gap);
        blocks.Add(new ListBlock(
        [
            $"Target: each band's {view.Focus} share to match the workforce's {Numbers.Percent(trajectory.TargetShare * 100)}% {share} by {YearText(trajectory.TargetYear)}: {Numbers.Integer(still)} more {view.Focus} staff across these bands at this year's sizes.",
            $"Baseline: {YearText(trajectory.BaselineYear)}{(fromThisYear ? " (this year; compare with last year's report to start from it)" : " (last year's report)")}; milestones rise in equal steps, rounded up.",
            behind > 0
                ? $"Gap: {Numbers.Integer(behind)} {view.Focus} staff behind {(fromThisYear ? "next year's" : "this year's")} milestones across the bands behind them."
                : $"Gap: every band is at or ahead of {(fromThisYear ? "next year's" : "this year's")} milestone.",
        ]));
    }

    /// <summary>A reporting year by the year its 31 March falls in: 2028 is 2027/28.</summary>
    private static string YearText(int yearEnding) => ReportView.YearEndingText(yearEnding);
}
