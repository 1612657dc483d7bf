using System.Globalization;
using Wres.Core.Trajectory;
using Wres.Core.Workforce;

namespace Wres.Reporting.Internal;

/// <summary>The Model Employer trajectory every format shows (rules §8), with its baseline taken from last year's report.</summary>
internal sealed partial class ReportView
{
    /// <summary>What every format says in place of the trajectory when publishing.</summary>
    public const string ModelEmployerWithheldText =
        "Not published: the targets, milestones and gaps are worked out from exact band counts, which a published report does not show.";

    private ModelEmployerTrajectory? _trajectory;
    private bool _trajectoryComputed;

    /// <summary>
    /// The Model Employer trajectory from the true counts: from last year's report's band counts when comparing with an
    /// earlier year (a band whose counts it does not show starts from this year's), else from this year;
    /// <see langword="null"/> for a WDES report or one without a workforce. Publishing withholds it (it needs exact band
    /// counts): the writers check <see cref="Publish"/>.
    /// </summary>
    public ModelEmployerTrajectory? ModelEmployerTrajectory
    {
        get
        {
            if (!_trajectoryComputed)
            {
                var (year, bme) = ModelEmployerBaseline();
                _trajectory = DataQualityOnly ? null : ModelEmployerTrajectory.Compute(Report, ModelEmployer, year, bme);
                _trajectoryComputed = true;
            }

            return _trajectory;
        }
    }

    /// <summary>A reporting year by the year its 31 March falls in: 2028 is <c>2027/28</c>.</summary>
    public static string YearEndingText(int yearEnding) => string.Create(CultureInfo.InvariantCulture, $"{yearEnding - 1}/{yearEnding % 100:00}");

    /// <summary>Last year's BME headcount per band (non-clinical and clinical together) when comparing; a band with a count not shown has none.</summary>
    private (int? Year, Dictionary<Grade, int>? Bme) ModelEmployerBaseline()
    {
        if (Comparison is not { } comparison || comparison.Period.End.Year >= Report.Year.End.Year)
        {
            return (null, null);
        }

        var bme = new Dictionary<Grade, int>();
        foreach (var band in ModelEmployer.Bands)
        {
            var nonClinical = comparison.Row(Labels.SegmentKey(Segment.NonClinical), band.ReportLabel)?.Counts.Focus;
            var clinical = comparison.Row(Labels.SegmentKey(Segment.Clinical), band.ReportLabel)?.Counts.Focus;
            if (nonClinical is { } a && clinical is { } b)
            {
                bme[band] = a + b;
            }
        }

        return (comparison.Period.End.Year, bme);
    }
}
