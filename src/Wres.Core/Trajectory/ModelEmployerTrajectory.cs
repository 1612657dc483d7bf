using Wres.Core.Workforce;

namespace Wres.Core.Trajectory;

/// <summary>
/// The Model Employer trajectory (rules §8): for each senior band, the BME headcount that would match the workforce's
/// BME share by the target year, the yearly milestones from a baseline year, and this year's gap. WRES only.
/// </summary>
public sealed class ModelEmployerTrajectory
{
    private ModelEmployerTrajectory(int targetYear, int baselineYear, int yearEnding, TargetShareBasis basis, int shareFocus, int shareBase, IReadOnlyList<ModelEmployerBand> bands)
    {
        TargetYear = targetYear;
        BaselineYear = baselineYear;
        YearEnding = yearEnding;
        ShareBasis = basis;
        ShareFocus = shareFocus;
        ShareBase = shareBase;
        Bands = bands;
    }

    /// <summary>The target reporting year, by the year its 31 March falls in.</summary>
    public int TargetYear { get; }

    /// <summary>The baseline reporting year the milestones start from (a previous report's, or this year's).</summary>
    public int BaselineYear { get; }

    /// <summary>This report's reporting year, by the year its 31 March falls in.</summary>
    public int YearEnding { get; }

    /// <summary>The share the targets match.</summary>
    public TargetShareBasis ShareBasis { get; }

    /// <summary>The workforce's BME headcount the target share is taken from.</summary>
    public int ShareFocus { get; }

    /// <summary>The headcount the target share is of (all staff, or staff of known ethnicity).</summary>
    public int ShareBase { get; }

    /// <summary>The target share, <see cref="ShareFocus"/> ÷ <see cref="ShareBase"/> (for display; targets use the counts exactly).</summary>
    public double TargetShare => ShareBase == 0 ? 0 : (double)ShareFocus / ShareBase;

    /// <summary>Each band's trajectory, in the options' order.</summary>
    public IReadOnlyList<ModelEmployerBand> Bands { get; }

    /// <summary>
    /// Works out the trajectory of a WRES report: targets from this year's workforce and band headcounts; milestones from
    /// the baseline (last year's BME headcount per band, from a previous report) or, without one, from this year.
    /// </summary>
    /// <param name="report">This year's WRES report.</param>
    /// <param name="options">The target year, bands and share basis.</param>
    /// <param name="baselineYearEnding">The baseline's reporting year (before this one), or <see langword="null"/> for this year.</param>
    /// <param name="baselineBme">The baseline's BME headcount per band (non-clinical and clinical together); a band it lacks starts from this year's.</param>
    /// <returns>The trajectory, or <see langword="null"/> for a WDES report or one without a workforce.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The baseline is not before this report's year, or the options are invalid.</exception>
    public static ModelEmployerTrajectory? Compute(WresReport report, ModelEmployerOptions options, int? baselineYearEnding = null, IReadOnlyDictionary<Grade, int>? baselineBme = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ShareBasis is not (TargetShareBasis.AllStaff or TargetShareBasis.KnownEthnicity))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ShareBasis, "The target share basis must be AllStaff or KnownEthnicity.");
        }

        if (report.Standard != EqualityStandard.Wres || report.Workforce is not { Total: > 0 } workforce)
        {
            return null;
        }

        var year = report.Year.End.Year;
        var baselineYear = baselineYearEnding ?? year;
        if (baselineYear > year)
        {
            throw new ArgumentOutOfRangeException(nameof(baselineYearEnding), baselineYearEnding, "The baseline must be this report's year or an earlier one.");
        }

        var known = options.ShareBasis == TargetShareBasis.KnownEthnicity;
        var shareBase = known ? workforce.Known : workforce.Total;
        var bands = new List<ModelEmployerBand>(options.Bands.Count);
        foreach (var band in options.Bands)
        {
            var counts = BandCounts(report, band);
            var headcount = known ? counts.Known : counts.Total;
            var target = shareBase == 0 ? 0 : (int)CeilingDivide((long)workforce.Focus * headcount, shareBase);
            var start = baselineBme is not null && baselineBme.TryGetValue(band, out var previous) ? previous : counts.Focus;
            var milestones = new List<ModelEmployerMilestone>();
            for (var y = baselineYear + 1; y <= options.TargetYear; y++)
            {
                milestones.Add(new(y, start + (int)CeilingDivide((long)(y - baselineYear) * (target - start), options.TargetYear - baselineYear)));
            }

            var due = baselineYear < year ? year : year + 1;
            var dueBme = due >= options.TargetYear ? target : milestones.Find(m => m.YearEnding == due).Bme;
            bands.Add(new ModelEmployerBand(band, headcount, counts.Focus, start, target, milestones, dueBme - counts.Focus));
        }

        return new ModelEmployerTrajectory(options.TargetYear, baselineYear, year, options.ShareBasis, workforce.Focus, shareBase, bands);
    }

    /// <summary>A band's counts, non-clinical and clinical rows together.</summary>
    private static GroupTally BandCounts(WresReport report, Grade band)
    {
        var sum = default(GroupTally);
        foreach (var row in report.Representation.Rows)
        {
            if (!row.IsTotal && row.Segment is Segment.NonClinical or Segment.Clinical && row.Label == band.ReportLabel)
            {
                sum += row.Counts;
            }
        }

        return sum;
    }

    /// <summary>⌈numerator ÷ denominator⌉ for a positive denominator and a numerator of either sign.</summary>
    private static long CeilingDivide(long numerator, long denominator) =>
        (numerator / denominator) + (numerator % denominator > 0 ? 1 : 0);
}
