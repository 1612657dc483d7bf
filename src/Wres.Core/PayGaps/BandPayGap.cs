using Wres.Core.Workforce;

namespace Wres.Core.PayGaps;

/// <summary>The hourly pay of the two groups within one pay band, and the gaps there.</summary>
/// <remarks>
/// A person's band is the first one their pay rows give; people whose rows give none are in no band. The
/// same suppression applies as to the whole comparison: fewer full-pay relevant employees than the threshold
/// in either group withholds the band's averages and gaps.
/// </remarks>
public sealed class BandPayGap
{
    internal BandPayGap(
        Grade band,
        PayGroupCounts fullPayRelevant,
        GroupFigures meanHourly,
        GroupFigures medianHourly,
        PayGap meanHourlyGap,
        PayGap medianHourlyGap,
        IReadOnlyList<SuppressedMeasure> suppressed)
    {
        Band = band;
        FullPayRelevant = fullPayRelevant;
        MeanHourly = meanHourly;
        MedianHourly = medianHourly;
        MeanHourlyGap = meanHourlyGap;
        MedianHourlyGap = medianHourlyGap;
        Suppressed = suppressed;
    }

    /// <summary>The pay band or medical grade.</summary>
    public Grade Band { get; }

    /// <summary>Full-pay relevant employees in the band, by group.</summary>
    public PayGroupCounts FullPayRelevant { get; }

    /// <summary>Each group's mean hourly pay in the band.</summary>
    public GroupFigures MeanHourly { get; }

    /// <summary>Each group's median hourly pay in the band.</summary>
    public GroupFigures MedianHourly { get; }

    /// <summary>The mean hourly pay gap in the band.</summary>
    public PayGap MeanHourlyGap { get; }

    /// <summary>The median hourly pay gap in the band.</summary>
    public PayGap MedianHourlyGap { get; }

    /// <summary>The band's measures withheld, with the reason.</summary>
    public IReadOnlyList<SuppressedMeasure> Suppressed { get; }
}
