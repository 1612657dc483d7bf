using Wres.Core.Statistics;

namespace Wres.Core.Tests.Statistics;

public sealed class ScoreIntervalTests
{
    // Independent values: a Python brute force that, for each φ on a log grid from 1e-4 to 1e4, maximises the
    // constrained binomial log-likelihood numerically (golden section on p2, no closed form), computes Pearson's
    // chi-square with those expected counts, checks that {φ : χ² ≤ 1.959964²} is one interval and refines both
    // ends by bisection. Where it applies, the closed-form cubic of R PropCIs::riskscoreci (Nam 1995) agrees to
    // 1e-8 (on 400 random tables it agrees to 1e-7 except where its cubic loses precision with very unequal
    // groups in the hundred thousands, as in the last row). The example usually quoted for Koopman (1984) and
    // riskscoreci, 36/40 vs 16/80, comes out at 2.9396 to 7.1522 by both.
    [Theory]
    [InlineData(36, 40, 16, 80, 2.93956918, 7.15222346)]
    [InlineData(16, 80, 36, 40, 0.139816661, 0.340185904)]
    [InlineData(10, 75, 12, 225, 1.13902615, 5.40080606)]
    [InlineData(27, 122, 44, 487, 1.57751375, 3.74992654)]
    [InlineData(7, 34, 1, 34, 1.22085283, 42.5757172)]
    [InlineData(40, 40, 16, 80, 3.32820304, 7.87225286)]      // a = n1
    [InlineData(5, 20, 30, 30, 0.111861701, 0.468700879)]     // c = n2
    [InlineData(1, 4, 3, 4, 0.0579233431, 1.45939291)]
    [InlineData(3000, 20000, 250, 2500, 1.32861988, 1.69587249)]
    [InlineData(1, 17, 99614, 118537, 0.0124474787, 0.321077103)] // the PropCIs cubic loses 2e-3 here; brute force agrees
    public void Compute_Tables_MatchesBruteForceScoreInterval(int a, int n1, int c, int n2, double lower, double upper)
    {
        var interval = ScoreInterval.Compute(a, n1, c, n2, (double)a * n2 / ((double)n1 * c));

        Assert.Equal(lower, interval.Lower, lower * 1e-6);
        Assert.Equal(upper, interval.Upper, upper * 1e-6);
    }

    [Theory]
    [InlineData(0, 16, 15, 72, 0.961902054)]
    [InlineData(0, 10, 5, 10, 0.612860584)]
    public void Compute_NoNumeratorEvents_LowerIsZeroUpperMatchesBruteForce(int a, int n1, int c, int n2, double upper)
    {
        var interval = ScoreInterval.Compute(a, n1, c, n2, 0.0);

        Assert.Equal(0.0, interval.Lower);
        Assert.Equal(upper, interval.Upper, upper * 1e-6);
    }

    [Fact]
    public void Compute_EveryoneHasTheEventInBothGroups_MatchesClosedForm()
    {
        // With a = n1 and c = n2 the limits are n1 / (n1 + z²) and (n2 + z²) / n2 (Koopman; PropCIs).
        const double z2 = 1.959964 * 1.959964;

        var interval = ScoreInterval.Compute(20, 20, 30, 30, 1.0);

        Assert.Equal(20 / (20 + z2), interval.Lower, 1e-12);
        Assert.Equal((30 + z2) / 30, interval.Upper, 1e-12);
    }

    [Theory]
    [InlineData(36, 40, 16, 80)]
    [InlineData(0, 10, 5, 10)]
    [InlineData(40, 40, 16, 80)]
    [InlineData(5, 20, 30, 30)]
    public void Statistic_AtTheLimits_EqualsCriticalValue(int a, int n1, int c, int n2)
    {
        var interval = ScoreInterval.Compute(a, n1, c, n2, (double)a * n2 / ((double)n1 * c));

        if (interval.Lower > 0)
        {
            Assert.Equal(1.959964 * 1.959964, ScoreInterval.Statistic(a, n1, c, n2, interval.Lower), 1e-9);
        }

        Assert.Equal(1.959964 * 1.959964, ScoreInterval.Statistic(a, n1, c, n2, interval.Upper), 1e-9);
    }

    [Fact]
    public void NoEventsStart_EveryTableUpToFortyPerGroupAndExtremes_IsInsideTheInterval()
    {
        // The statistic at the start is at most 1 (it approaches 1 when c = n2 is large), below z² = 3.84: the
        // search for the upper limit starts inside the interval.
        const int Big = int.MaxValue;
        var tables = new List<(int N1, int C, int N2)>();
        for (var n1 = 1; n1 <= 40; n1++)
        {
            for (var n2 = 1; n2 <= 40; n2++)
            {
                for (var c = 1; c <= n2; c++)
                {
                    tables.Add((n1, c, n2));
                }
            }
        }

        foreach (var n1 in new[] { 1, 2, 1_000, 1_000_000, Big })
        {
            foreach (var (c, n2) in new[] { (1, 1), (1, Big), (Big / 2, Big), (Big - 1, Big), (Big, Big), (999_999, 1_000_000) })
            {
                tables.Add((n1, c, n2));
            }
        }

        foreach (var (n1, c, n2) in tables)
        {
            var start = ScoreInterval.NoEventsStart(n1, c, n2);

            Assert.InRange(start, double.Epsilon, 1.0);
            Assert.InRange(ScoreInterval.Statistic(0, n1, c, n2, start), 0.0, 1.000001);
        }
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(4, 239, 239)]
    [InlineData(16, 15, 72)]
    public void NoEventsStart_IsOneOverOnePlusTheExpectedNumeratorEvents(int n1, int c, int n2) =>
        Assert.Equal(1.0 / ((n1 * (double)c / n2) + 1.0), ScoreInterval.NoEventsStart(n1, c, n2), 1e-15);

    [Theory]
    [InlineData(1, 2_000_000_000, 1, 1)]                     // the smallest ratio counts allow: 5e-10
    [InlineData(2_000_000_000, 2_000_000_000, 1, 2_000_000_000)] // the largest: 2e9
    [InlineData(1, 1, 1, 1)]
    [InlineData(1, 1, 2_000_000_000, 2_000_000_000)]
    public void Compute_ExtremeTables_LimitsAreFiniteAndBracketTheRatio(int a, int n1, int c, int n2)
    {
        var ratio = (double)a * n2 / ((double)n1 * c);

        var interval = ScoreInterval.Compute(a, n1, c, n2, ratio);

        Assert.InRange(interval.Lower, double.Epsilon, ratio * (1 - 1e-9));
        Assert.InRange(interval.Upper, ratio * (1 + 1e-9), double.MaxValue);
        Assert.Equal(1.959964 * 1.959964, ScoreInterval.Statistic(a, n1, c, n2, interval.Lower), 1e-6);
        Assert.Equal(1.959964 * 1.959964, ScoreInterval.Statistic(a, n1, c, n2, interval.Upper), 1e-6);
    }

    [Fact]
    public void Statistic_AtObservedRatio_IsZero() =>
        Assert.Equal(0.0, ScoreInterval.Statistic(36, 40, 16, 80, 4.5), 1e-20);
}
