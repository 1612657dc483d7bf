namespace Wres.Core.Statistics;

/// <summary>
/// Fisher's exact test for the 2×2 table [[a, n1 − a], [c, n2 − c]], two-sided, without factorials: the
/// hypergeometric probabilities are built from the mode outward with the ratio of successive terms, relative to
/// the mode's probability (1), so nothing overflows and margins in the millions take a few thousand steps.
/// </summary>
internal static class FisherExact
{
    /// <summary>A table counts as no more likely than the observed one within this relative tolerance (as R's <c>fisher.test</c>).</summary>
    private const double RelativeTolerance = 1e-7;

    /// <summary>Terms below this (relative to the mode) are negligible; the walk stops there.</summary>
    private const double Negligible = 1e-300;

    /// <summary>
    /// The two-sided p-value. Requires 0 ≤ a ≤ n1, 0 ≤ c ≤ n2 and n1, n2 &gt; 0. An observed table less likely
    /// than 10⁻³⁰⁰ of the mode gives 0.
    /// </summary>
    /// <param name="a">Events in the first group.</param>
    /// <param name="n1">Size of the first group.</param>
    /// <param name="c">Events in the second group.</param>
    /// <param name="n2">Size of the second group.</param>
    /// <param name="midP">Whether to subtract half the probability of the observed table (Fisher's mid-p).</param>
    /// <returns>The p-value, in [0, 1].</returns>
    public static double TwoSided(int a, int n1, int c, int n2, bool midP)
    {
        var margins = new Margins(n1, n2, (long)a + c);
        var mode = margins.Mode;

        // Pass 1: the total, and the observed table's probability (both relative to the mode).
        var total = Sum(margins, mode, double.PositiveInfinity, a, out var observed);

        // Pass 2: the tables no more likely than the observed one.
        var qualifying = Sum(margins, mode, observed * (1.0 + RelativeTolerance), a, out _);

        var p = qualifying / total;
        if (midP)
        {
            p -= 0.5 * observed / total;
        }

        return Math.Clamp(p, 0.0, 1.0);
    }

    /// <summary>
    /// Sums the terms that are at most <paramref name="limit"/> (+∞: every term), walking from the mode up and
    /// then down until the terms are negligible; also reports the term at <paramref name="observedX"/> (0 when it is
    /// negligible). Past either end of the support the ratio of successive terms is 0, so each walk stops there at the
    /// latest.
    /// </summary>
    private static double Sum(in Margins margins, long mode, double limit, long observedX, out double observed)
    {
        observed = mode == observedX ? 1.0 : 0.0;
        // Stryker disable once Equality : equivalent, no term is ever exactly observed × (1 + 1e-7); the tolerance is there for ties
        var sum = 1.0 <= limit ? 1.0 : 0.0;

        var term = 1.0;
        for (var x = mode; ; x++)
        {
            term *= margins.UpRatio(x);
            if (term < Negligible)
            {
                break;
            }

            if (x + 1 == observedX)
            {
                observed = term;
            }

            // Stryker disable once Equality : equivalent, no term is ever exactly observed × (1 + 1e-7); the tolerance is there for ties
            if (term <= limit)
            {
                sum += term;
            }
        }

        term = 1.0;
        for (var x = mode; ; x--)
        {
            term *= margins.DownRatio(x);
            if (term < Negligible)
            {
                break;
            }

            if (x - 1 == observedX)
            {
                observed = term;
            }

            // Stryker disable once Equality : equivalent, no term is ever exactly observed × (1 + 1e-7); the tolerance is there for ties
            if (term <= limit)
            {
                sum += term;
            }
        }

        return sum;
    }

    /// <summary>The fixed margins: row sizes n1 and n2 and the column total k = a + c.</summary>
    internal readonly struct Margins
    {
        private readonly long _n1;
        private readonly long _n2;
        private readonly long _k;

        public Margins(long n1, long n2, long k)
        {
            _n1 = n1;
            _n2 = n2;
            _k = k;
        }

        /// <summary>
        /// The most likely top-left cell, ⌊(k + 1)(n1 + 1) / (N + 2)⌋, computed exactly; always within the support
        /// max(0, k − n2) … min(n1, k).
        /// </summary>
        public long Mode => (long)((Int128)(_k + 1) * (_n1 + 1) / (_n1 + _n2 + 2));

        /// <summary>P(x + 1) / P(x) = (n1 − x)(k − x) / ((x + 1)(n2 − k + x + 1)); 0 at the top of the support.</summary>
        public double UpRatio(long x) =>
            (double)(_n1 - x) * (_k - x) / ((double)(x + 1) * (_n2 - _k + x + 1));

        /// <summary>P(x − 1) / P(x) = x(n2 − k + x) / ((n1 − x + 1)(k − x + 1)); 0 at the bottom of the support.</summary>
        public double DownRatio(long x) =>
            (double)x * (_n2 - _k + x) / ((double)(_n1 - x + 1) * (_k - x + 1));
    }
}
