using System.Diagnostics;
using System.Numerics;
using Wres.Core.Statistics;

namespace Wres.Core.Tests.Statistics;

public sealed class FisherExactTests
{
    // Exact values from the hypergeometric probabilities in rational arithmetic (Python fractions, math.comb).
    [Theory]
    [InlineData(3, 4, 1, 4, 17.0 / 35)]                          // tea tasting [[3,1],[1,3]]: 17/35 = 0.4857142857 (R fisher.test)
    [InlineData(14, 21, 12, 39, 23905396.0 / 1813744429)]        // 0.0131801348 (R: 0.01318013)
    [InlineData(1, 10, 9, 10, 101.0 / 92378)]                    // 0.0010933339
    [InlineData(0, 5, 5, 10, 101.0 / 1001)]                      // 0.1008991009
    [InlineData(2, 7, 8, 12, 713.0 / 4199)]                      // 0.1698023339
    [InlineData(5, 5, 0, 5, 1.0 / 126)]                          // 0.0079365079
    [InlineData(7, 34, 1, 34, 667.0 / 12261)]                    // 0.0544001305
    [InlineData(10, 75, 12, 225, 0.037002657594809335)]          // 4889111941492913716/132128670189860884981
    [InlineData(4, 10, 5, 10, 1.0)]                              // the mode: every table qualifies
    [InlineData(0, 1, 0, 1, 1.0)]
    public void TwoSided_SmallTables_MatchesExactFraction(int a, int n1, int c, int n2, double expected) =>
        Assert.Equal(expected, FisherExact.TwoSided(a, n1, c, n2, midP: false), 1e-14);

    [Theory]
    [InlineData(3, 4, 1, 4, 13.0 / 35)]                          // 17/35 − (8/35)/2
    [InlineData(14, 21, 12, 39, 7716172.0 / 777319041)]          // 0.0099266474
    [InlineData(1, 10, 9, 10, 2.0 / 2431)]                       // 0.0008227067
    [InlineData(0, 5, 5, 10, 59.0 / 1001)]                       // 0.0589410589
    [InlineData(2, 7, 8, 12, 1907.0 / 16796)]                    // 0.1135389378
    [InlineData(4, 10, 5, 10, 7075.0 / 8398)]                    // 1 − P(4) / 2
    [InlineData(0, 1, 0, 1, 0.5)]
    public void TwoSided_MidP_SubtractsHalfTheObservedTable(int a, int n1, int c, int n2, double expected) =>
        Assert.Equal(expected, FisherExact.TwoSided(a, n1, c, n2, midP: true), 1e-14);

    [Fact]
    public void TwoSided_EveryTableUpToTwelvePerGroup_MatchesExactRationalComputation()
    {
        for (var n1 = 1; n1 <= 12; n1++)
        {
            for (var n2 = 1; n2 <= 12; n2++)
            {
                for (var a = 0; a <= n1; a++)
                {
                    for (var c = 0; c <= n2; c++)
                    {
                        var (p, midP) = ExactReference(a, n1, c, n2);
                        Assert.Equal(p, FisherExact.TwoSided(a, n1, c, n2, midP: false), 1e-13);
                        Assert.Equal(midP, FisherExact.TwoSided(a, n1, c, n2, midP: true), 1e-13);
                    }
                }
            }
        }
    }

    [Fact]
    public void TwoSided_NationalScaleMargins_IsFastAndMatchesLogGammaSum()
    {
        // 30,000 of 1,000,000 vs 2,000 of 50,000: a sum over the full support with math.lgamma in Python gives
        // 4.88481993e-34 (and 0.202275526 for 1,550 of 50,000). Factorials here have millions of digits.
        var clock = Stopwatch.StartNew();
        var tiny = FisherExact.TwoSided(30_000, 1_000_000, 2_000, 50_000, midP: false);
        var moderate = FisherExact.TwoSided(30_000, 1_000_000, 1_550, 50_000, midP: false);
        clock.Stop();

        Assert.Equal(4.88481993e-34, tiny, 4.88481993e-34 * 1e-6);
        Assert.Equal(0.202275526, moderate, 1e-8);
        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void TwoSided_SameLikelihoodAtNationalScale_IsOne()
    {
        // 3% vs 3%: the observed table is the mode. Mid-p from the log-gamma sum: 0.994641799.
        Assert.Equal(1.0, FisherExact.TwoSided(1_500, 50_000, 30_000, 1_000_000, midP: false), 1e-12);
        Assert.Equal(0.994641799, FisherExact.TwoSided(1_500, 50_000, 30_000, 1_000_000, midP: true), 1e-8);
    }

    [Fact]
    public void TwoSided_ObservedTableBeyondDoubleRange_IsZeroAndFast()
    {
        // 30% vs 20% of a million each: p is far below 1e-300.
        var clock = Stopwatch.StartNew();
        var p = FisherExact.TwoSided(300_000, 1_000_000, 200_000, 1_000_000, midP: false);
        clock.Stop();

        Assert.Equal(0.0, p);
        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void TwoSided_LargestCounts_DoesNotOverflow()
    {
        var p = FisherExact.TwoSided(int.MaxValue / 2, int.MaxValue, int.MaxValue / 2, int.MaxValue, midP: false);

        Assert.InRange(p, 0.9, 1.0);
    }

    [Fact]
    public void Mode_EveryTableUpToTwelvePerGroup_IsTheMostLikelyTable()
    {
        for (var n1 = 1; n1 <= 12; n1++)
        {
            for (var n2 = 1; n2 <= 12; n2++)
            {
                for (var k = 0; k <= n1 + n2; k++)
                {
                    var low = Math.Max(0, k - n2);
                    var high = Math.Min(n1, k);
                    var mode = new FisherExact.Margins(n1, n2, k).Mode;

                    Assert.InRange(mode, low, high);
                    for (var x = low; x <= high; x++)
                    {
                        Assert.True(
                            Choose(n1, (int)mode) * Choose(n2, k - (int)mode) >= Choose(n1, x) * Choose(n2, k - x),
                            $"n1 = {n1}, n2 = {n2}, k = {k}: table {x} is more likely than the mode {mode}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Ratios_EveryCellUpToTenPerGroup_MatchExactRatiosAndAreZeroPastTheSupport()
    {
        for (var n1 = 1; n1 <= 10; n1++)
        {
            for (var n2 = 1; n2 <= 10; n2++)
            {
                for (var k = 0; k <= n1 + n2; k++)
                {
                    var margins = new FisherExact.Margins(n1, n2, k);
                    for (var x = Math.Max(0, k - n2); x <= Math.Min(n1, k); x++)
                    {
                        Assert.Equal(Ratio(n1, n2, k, x + 1, x), margins.UpRatio(x), 1e-12);
                        Assert.Equal(Ratio(n1, n2, k, x - 1, x), margins.DownRatio(x), 1e-12);
                    }
                }
            }
        }
    }

    /// <summary>P(to) / P(from) from exact binomial coefficients, 0 outside the support.</summary>
    private static double Ratio(int n1, int n2, int k, int to, int from) =>
        to < Math.Max(0, k - n2) || to > Math.Min(n1, k)
            ? 0.0
            : (double)(Choose(n1, to) * Choose(n2, k - to)) / (double)(Choose(n1, from) * Choose(n2, k - from));

    /// <summary>Two-sided Fisher p and mid-p from exact binomial coefficients (R's 1e-7 relative tie tolerance).</summary>
    private static (double P, double MidP) ExactReference(int a, int n1, int c, int n2)
    {
        var k = a + c;
        var low = Math.Max(0, k - n2);
        var high = Math.Min(n1, k);
        var observed = Choose(n1, a) * Choose(n2, c);
        var total = BigInteger.Zero;
        var qualifying = BigInteger.Zero;
        for (var x = low; x <= high; x++)
        {
            var weight = Choose(n1, x) * Choose(n2, k - x);
            total += weight;
            if (weight * 10_000_000 <= observed * 10_000_001)
            {
                qualifying += weight;
            }
        }

        return ((double)qualifying / (double)total, ((double)(2 * qualifying) - (double)observed) / (2 * (double)total));
    }

    private static BigInteger Choose(int n, int k)
    {
        var result = BigInteger.One;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}
