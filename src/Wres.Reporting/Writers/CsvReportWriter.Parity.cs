using Wres.Core.Indicators;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>
/// Issue 11's rows: people to parity of indicator 1's rows and of the likelihood indicators, the rows and the workforce by
/// detailed ethnic group (<c>--detail</c>), and the Model Employer trajectory.
/// </summary>
internal sealed partial class CsvReportWriter
{
    /// <summary>
    /// An indicator 1 row's <c>BmeToParity</c> (WDES <c>DisabledToParity</c>) in <c>Value</c>: empty on a row with nobody
    /// in it, <c>*</c> when publishing withholds it; then, when asked for, its <c>Detail</c> rows.
    /// </summary>
    private void WriteParityAndDetail(string id, string segment, RepresentationRow row)
    {
        var (parity, withheld) = ParityFigures.FocusToParity(_view, row);
        Row(id, ReportView.Pascal(_view.FocusKey) + "ToParity", segment, row.Label, value: parity is { } value ? CsvCell.Number(value) : Figure(null, withheld));
        WriteDetail(id, segment, row.Label, row);
    }

    /// <summary>One <c>Detail</c> row per detailed ethnic group: the group's name in <c>Text</c>, its count in <c>Total</c>.</summary>
    private void WriteDetail(string id, string? segment, string? label, RepresentationRow? row)
    {
        if (!_view.Detail || row is null || _view.Figures.Detail(row) is not { } detail)
        {
            return;
        }

        foreach (var group in DetailFigures.Groups)
        {
            Row(id, "Detail", segment, label, total: Count(detail[group]), text: group.ToString());
        }
    }

    /// <summary>A likelihood indicator's <c>ToParity</c> and <c>ToBand</c> in <c>Value</c>, <c>BeyondReach</c> in <c>Text</c> when even the cap is not enough; <c>*</c> when withheld with the ratio.</summary>
    private void WriteParity(string id, LikelihoodView likelihood, LikelihoodFigures figures)
    {
        var parity = ParityFigures.Likelihood(likelihood, figures);
        var withheld = _view.Publish && figures.Withheld;
        Row(id, "ToParity", value: parity is null ? Figure(null, withheld) : CsvCell.Number(parity.ToParity), text: parity is { ParityBeyondReach: true } ? "BeyondReach" : null);
        Row(id, "ToBand", value: parity is null ? Figure(null, withheld) : CsvCell.Number(parity.ToBand), text: parity is { BandBeyondReach: true } ? "BeyondReach" : null);
    }

    /// <summary>
    /// The Model Employer trajectory (WRES with a workforce): <c>TargetYear</c>, <c>BaselineYear</c> (the year ending in
    /// <c>Value</c>, as reports name it in <c>Text</c>), <c>TargetShare</c> (a proportion; the basis in <c>Text</c>), then
    /// per band (<c>Row</c>) <c>Headcount</c>, <c>Bme</c>, <c>BaselineBme</c>, <c>Target</c>, one <c>Milestone</c> per
    /// year (the year in <c>Text</c>) and <c>Gap</c>, each in <c>Value</c>. Published: a <c>Suppressed</c> row saying why.
    /// </summary>
    private void WriteModelEmployer()
    {
        const string Id = "ModelEmployer";
        if (_view.ModelEmployerTrajectory is not { } trajectory)
        {
            return;
        }

        Row(Id, "Title", text: $"Model Employer trajectory to {ReportView.YearEndingText(trajectory.TargetYear)} (non-clinical and clinical staff together)");
        if (_view.Publish)
        {
            Row(Id, "Suppressed", text: ReportView.ModelEmployerWithheldText);
            return;
        }

        Row(Id, "TargetYear", value: CsvCell.Number(trajectory.TargetYear), text: ReportView.YearEndingText(trajectory.TargetYear));
        Row(Id, "BaselineYear", value: CsvCell.Number(trajectory.BaselineYear), text: ReportView.YearEndingText(trajectory.BaselineYear));
        Row(Id, "TargetShare", value: CsvCell.Number(trajectory.TargetShare), text: trajectory.ShareBasis.ToString());
        foreach (var band in trajectory.Bands)
        {
            var label = band.Band.ReportLabel;
            Row(Id, "Headcount", row: label, value: CsvCell.Number(band.Headcount));
            Row(Id, ReportView.Pascal(_view.FocusKey), row: label, value: CsvCell.Number(band.Bme));
            Row(Id, "Baseline" + ReportView.Pascal(_view.FocusKey), row: label, value: CsvCell.Number(band.BaselineBme));
            Row(Id, "Target", row: label, value: CsvCell.Number(band.Target));
            foreach (var milestone in band.Milestones)
            {
                Row(Id, "Milestone", row: label, value: CsvCell.Number(milestone.Bme), text: ReportView.YearEndingText(milestone.YearEnding));
            }

            Row(Id, "Gap", row: label, value: CsvCell.Number(band.Gap));
        }
    }
}
