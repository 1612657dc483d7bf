namespace Wres.Core.Statistics;

/// <summary>
/// The Koopman (1984) score confidence interval for a ratio of two binomial proportions φ = p1 / p2: the set of
/// φ whose score statistic is at most z².
/// </summary>
/// <remarks>
/// <para>For a candidate φ, the maximum likelihood estimates of p1 and p2 under p1 = φ·p2 have a closed form
/// (the smaller root of N·φ·p² − B·p + s = 0 with N = n1 + n2, s = a + c and B = φ(n1 + c) + a + n2, so
/// p̃2 = 2s / (B + √(B² − 4Nφs)) and p̃1 = φ·p̃2). The statistic is Pearson's chi-square with those expected
/// counts: (a − n1p̃1)² / (n1p̃1(1 − p̃1)) + (c − n2p̃2)² / (n2p̃2(1 − p̃2)), which is Koopman's statistic.</para>
/// <para>It is 0 at the observed ratio and grows on either side; each limit is found by bracketing on log φ
/// (halving or doubling φ) and then bisecting on log φ to a relative 10⁻¹⁵.</para>
/// </remarks>
internal static class ScoreInterval
{
    private const double RelativeTolerance = 1e-15;

    /// <summary>
    /// The 95% interval for (a/n1) ÷ (c/n2). Requires 0 ≤ a ≤ n1, 0 &lt; c ≤ n2, with <paramref name="ratio"/>
    /// the ratio computed from the counts.
    /// </summary>
    public static ConfidenceInterval Compute(int a, int n1, int c, int n2, double ratio)
    {
        var critical = CriticalValue.Z95 * CriticalValue.Z95;

        // With a = 0 the ratio is 0 and the statistic tends to 0 as φ does, so the lower limit is 0; the upper limit
        // is searched for from a φ inside the interval.
        var lower = a == 0 ? 0.0 : Limit(a, n1, c, n2, ratio, 0.5, critical);
        var start = a == 0 ? NoEventsStart(n1, c, n2) : ratio;
        var upper = Limit(a, n1, c, n2, start, 2.0, critical);
        return new ConfidenceInterval(lower, upper);
    }

    /// <summary>
    /// Where the search for the upper limit starts when a = 0: φ = 1 / (n1·c / n2 + 1), at which the statistic is at
    /// most 1 &lt; z² for every table, so it is inside the interval.
    /// </summary>
    internal static double NoEventsStart(int n1, int c, int n2) => 1.0 / (((double)n1 * c / n2) + 1.0);

    /// <summary>Pearson's chi-square statistic for H0: p1 / p2 = <paramref name="phi"/>.</summary>
    internal static double Statistic(int a, int n1, int c, int n2, double phi)
    {
        var total = (double)n1 + n2;
        var events = (double)a + c;
        var b = (phi * ((double)n1 + c)) + a + n2;

        // √(B² − 4Nφs) written as B·√(1 − 4Nφs/B²) so that B² cannot overflow, and the root in the form
        // 2s / (B + √…) so that it does not cancel.
        var discriminant = Math.Max(0.0, 1.0 - (4.0 * total * phi * events / b / b));
        var p2 = Math.Min(1.0, 2.0 * events / (b * (1.0 + Math.Sqrt(discriminant))));
        var p1 = Math.Min(1.0, phi * p2);
        return Term(a, n1, p1) + Term(c, n2, p2);
    }

    private static double Term(int events, int size, double p)
    {
        var difference = events - (size * p);
        if (difference == 0.0)
        {
            return 0.0;
        }

        // With p = 0 or 1 the variance is 0 and, the difference not being 0, the term is +∞, as it should be.
        return difference * difference / (size * p * (1.0 - p));
    }

    /// <summary>
    /// Walks from <paramref name="inside"/> (statistic ≤ critical) by <paramref name="step"/> until the statistic
    /// exceeds the critical value, then bisects on log φ until the ends are within 10⁻¹⁵ of each other (relative).
    /// Returns the endpoint outside the interval, so the result never narrows it. With a &gt; 0 and c &gt; 0 the
    /// statistic grows without bound as φ goes to 0 or to ∞, so both limits are finite and the walk ends.
    /// </summary>
    private static double Limit(int a, int n1, int c, int n2, double inside, double step, double critical)
    {
        var outside = inside * step;
        while (Statistic(a, n1, c, n2, outside) <= critical)
        {
            inside = outside;
            outside *= step;
        }

        while (Math.Abs(outside - inside) > RelativeTolerance * inside)
        {
            var middle = Math.Sqrt(inside * outside);
            // Stryker disable once Equality : equivalent, the statistic is never exactly z² at a bisection point
            if (Statistic(a, n1, c, n2, middle) <= critical)
            {
                inside = middle;
            }
            else
            {
                outside = middle;
            }
        }

        return outside;
    }
}
