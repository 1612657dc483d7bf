using Wres.Core.Workforce;

namespace Wres.Core.Trajectory;

/// <summary>One band's Model Employer trajectory (non-clinical and clinical staff together).</summary>
public sealed class ModelEmployerBand
{
    internal ModelEmployerBand(Grade band, int headcount, int bme, int baselineBme, int target, IReadOnlyList<ModelEmployerMilestone> milestones, int gap)
    {
        Band = band;
        Headcount = headcount;
        Bme = bme;
        BaselineBme = baselineBme;
        Target = target;
        Milestones = milestones;
        Gap = gap;
    }

    /// <summary>The band.</summary>
    public Grade Band { get; }

    /// <summary>This year's headcount the target is of (all staff, or those of known ethnicity, by the basis).</summary>
    public int Headcount { get; }

    /// <summary>This year's BME headcount.</summary>
    public int Bme { get; }

    /// <summary>The BME headcount in the baseline year the milestones start from.</summary>
    public int BaselineBme { get; }

    /// <summary>The BME headcount due in the target year: <c>ceil(s × H)</c>, with s the target share and H <see cref="Headcount"/>.</summary>
    public int Target { get; }

    /// <summary>The milestone of every reporting year after the baseline up to the target year, rounded up.</summary>
    public IReadOnlyList<ModelEmployerMilestone> Milestones { get; }

    /// <summary>
    /// The BME headcount still to gain: this year's milestone (next year's when this year is the baseline; the target
    /// once the target year is past) minus this year's BME headcount; negative when ahead.
    /// </summary>
    public int Gap { get; }
}
