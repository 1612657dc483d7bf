namespace Wres.Core.Statistics;

/// <summary>The Katz log confidence interval for a ratio of two binomial proportions.</summary>
internal static class KatzInterval
{
    /// <summary>
    /// The 95% interval for (a/n1) ÷ (c/n2). Requires 0 ≤ a ≤ n1, 0 &lt; c ≤ n2, with <paramref name="ratio"/>
    /// the ratio computed from the counts.
    /// </summary>
    public static ConfidenceInterval Compute(int a, int n1, int c, int n2, double ratio)
    {
        if (a == 0)
        {
            // ln 0 is undefined: the adjusted-log form (0.5 added to a, c, n1, n2) gives the upper limit, and the
            // lower limit is 0 so that the interval contains the ratio, which is 0.
            double aa = a + 0.5, nn1 = n1 + 0.5, cc = c + 0.5, nn2 = n2 + 0.5;
            var adjusted = aa * nn2 / (nn1 * cc);
            var adjustedError = Math.Sqrt(Math.Max(0.0, (1.0 / aa) - (1.0 / nn1) + (1.0 / cc) - (1.0 / nn2)));
            return new ConfidenceInterval(0.0, adjusted * Math.Exp(CriticalValue.Z95 * adjustedError));
        }

        var standardError = Math.Sqrt(Math.Max(0.0, (1.0 / a) - (1.0 / n1) + (1.0 / c) - (1.0 / n2)));
        var factor = Math.Exp(CriticalValue.Z95 * standardError);

        // ratio × exp(±z·se) rather than exp(ln ratio ± z·se): equal in exact arithmetic, and in floating point
        // the limits then never fall on the wrong side of the ratio.
        return new ConfidenceInterval(ratio / factor, ratio * factor);
    }
}
