namespace Wres.Core.Statistics;

/// <summary>How the 95% confidence interval of a relative likelihood is computed.</summary>
public enum IntervalMethod
{
    /// <summary>Not set; not accepted by <see cref="RelativeLikelihood.Compute(Proportion, Proportion, StatisticsOptions)"/>.</summary>
    Unknown = 0,

    /// <summary>
    /// The Katz log method (<b>Default</b>): <c>exp(ln RR ± 1.959964 × sqrt(1/a − 1/n1 + 1/c − 1/n2))</c>.
    /// When the numerator group has no events (a = 0) the log form is undefined, so the adjusted-log form
    /// (0.5 added to a, c, n1 and n2 in the interval only) gives the upper limit and the lower limit is 0.
    /// </summary>
    KatzLog = 1,

    /// <summary>
    /// The Koopman (1984) score interval: every ratio φ for which Pearson's chi-square statistic, with the
    /// expected counts from the maximum likelihood estimates of both proportions under p1 / p2 = φ, is at most
    /// 1.959964². It is consistent with Pearson's chi-square test and behaves well with small counts.
    /// </summary>
    KoopmanScore = 2,
}
