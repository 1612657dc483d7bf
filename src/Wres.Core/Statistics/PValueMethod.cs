namespace Wres.Core.Statistics;

/// <summary>How the two-sided p-value of a relative likelihood is computed.</summary>
public enum PValueMethod
{
    /// <summary>Not set; not accepted by <see cref="RelativeLikelihood.Compute(Proportion, Proportion, StatisticsOptions)"/>.</summary>
    Unknown = 0,

    /// <summary>
    /// Fisher's exact test, two-sided (<b>Default</b>): the probability, given both groups' sizes and the total
    /// number of events, of all tables no more likely than the one observed (with a relative tolerance of
    /// 10⁻⁷ for ties, as R's <c>fisher.test</c>).
    /// </summary>
    FisherExact = 1,

    /// <summary>
    /// Fisher's mid-p: the <see cref="FisherExact"/> p-value minus half the probability of the observed table.
    /// Less conservative than Fisher's exact test.
    /// </summary>
    FisherMidP = 2,
}
