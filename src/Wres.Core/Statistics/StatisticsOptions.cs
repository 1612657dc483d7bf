namespace Wres.Core.Statistics;

/// <summary>The choices the WRES technical guidance leaves open for the statistics every relative likelihood carries.</summary>
/// <remarks>
/// <see cref="RelativeLikelihood.Compute(Proportion, Proportion, StatisticsOptions)"/> checks the options and
/// copies them, so changing an options object afterwards does not change results already computed.
/// </remarks>
public sealed class StatisticsOptions
{
    /// <summary>How the 95% confidence interval is computed. <b>Default</b> <see cref="IntervalMethod.KatzLog"/>.</summary>
    public IntervalMethod Interval { get; set; } = IntervalMethod.KatzLog;

    /// <summary>How the two-sided p-value is computed. <b>Default</b> <see cref="PValueMethod.FisherExact"/>.</summary>
    public PValueMethod PValue { get; set; } = PValueMethod.FisherExact;

    /// <summary>
    /// The lower bound of the non-adverse band (inclusive): a ratio below it is
    /// <see cref="LikelihoodBand.AdverseToReference"/>. <b>Default</b> 0.80 (the four-fifths rule). Must be positive.
    /// </summary>
    public decimal LowerThreshold { get; set; } = 0.80m;

    /// <summary>
    /// The upper bound of the non-adverse band (inclusive): a ratio above it is
    /// <see cref="LikelihoodBand.AdverseToFocus"/>. <b>Default</b> 1.25. Must not be below <see cref="LowerThreshold"/>.
    /// </summary>
    public decimal UpperThreshold { get; set; } = 1.25m;

    /// <summary>
    /// A result is flagged as small numbers when any of the four cells (events and non-events in each group)
    /// is below this. <b>Default</b> 5. Must not be negative.
    /// </summary>
    public int SmallCellThreshold { get; set; } = 5;

    /// <summary>
    /// A result is flagged as small numbers when either group's base is below this. <b>Default</b> 10.
    /// Must not be negative.
    /// </summary>
    public int SmallBaseThreshold { get; set; } = 10;

    /// <summary>Checks the options and returns a private copy that later changes to this object cannot reach.</summary>
    /// <param name="paramName">The name of the argument, for the exception.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    internal StatisticsOptions ValidatedCopy(string paramName)
    {
        if (Interval is not (IntervalMethod.KatzLog or IntervalMethod.KoopmanScore))
        {
            throw new ArgumentException($"Interval method '{Interval}' is not supported.", paramName);
        }

        if (PValue is not (PValueMethod.FisherExact or PValueMethod.FisherMidP))
        {
            throw new ArgumentException($"p-value method '{PValue}' is not supported.", paramName);
        }

        if (LowerThreshold <= 0m)
        {
            throw new ArgumentException("The lower threshold must be positive.", paramName);
        }

        if (UpperThreshold < LowerThreshold)
        {
            throw new ArgumentException("The upper threshold must not be below the lower threshold.", paramName);
        }

        if (SmallCellThreshold < 0 || SmallBaseThreshold < 0)
        {
            throw new ArgumentException("Small-number thresholds must not be negative.", paramName);
        }

        var copy = new StatisticsOptions();
        CopyTo(copy);
        return copy;
    }

    /// <summary>Makes <paramref name="target"/> hold these options.</summary>
    internal void CopyTo(StatisticsOptions target)
    {
        target.Interval = Interval;
        target.PValue = PValue;
        target.LowerThreshold = LowerThreshold;
        target.UpperThreshold = UpperThreshold;
        target.SmallCellThreshold = SmallCellThreshold;
        target.SmallBaseThreshold = SmallBaseThreshold;
    }
}
