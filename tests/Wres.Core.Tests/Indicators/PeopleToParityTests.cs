using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Indicators;

namespace Wres.Core.Tests.Indicators;

/// <summary>Rules §8: people to parity and to the band, worked by hand and checked exactly against the ratio.</summary>
public class PeopleToParityTests
{
    private const RatioOrientation More = RatioOrientation.ReferenceOverFocus;
    private const RatioOrientation Fewer = RatioOrientation.FocusOverReference;

    [Fact]
    public void Appointment_HandWorked()
    {
        // White 30 of 100 appointed (0.30); BME 20 of 120 (0.1667): ratio 1.80.
        // Parity: ceil(0.30 × 120) = 36 → 16 more. Band: ceil(36 / 1.25) = ceil(28.8) = 29 → 9 more.
        var parity = PeopleToParity.Compute(30, 100, 20, 120, More, 1.25m)!;

        Assert.Equal((16, 9, false, false, true), (parity.ToParity, parity.ToBand, parity.ParityBeyondReach, parity.BandBeyondReach, parity.MoreNeeded));
    }

    [Fact]
    public void Appointment_FloatingPointWouldBeOffByOne()
    {
        // 7/25 × 50 is exactly 14: a BME count of 14 is parity. In doubles 7.0 / 25 * 50 is 14.000000000000002, whose
        // ceiling is 15 — one too many.
        Assert.Equal(15, Math.Ceiling(7.0 / 25 * 50));
        var parity = PeopleToParity.Compute(7, 25, 10, 50, More, 1.25m)!;

        Assert.Equal(4, parity.ToParity);
        // Band: ceil(14 / 1.25) = ceil(11.2) = 12 → 2 more.
        Assert.Equal(2, parity.ToBand);
    }

    [Fact]
    public void Appointment_AtOrPastParity_IsZero()
    {
        var parity = PeopleToParity.Compute(10, 100, 30, 100, More, 1.25m)!;

        Assert.Equal((0, 0), (parity.ToParity, parity.ToBand));
    }

    [Fact]
    public void Training_CapBinds_SaysBeyondReach()
    {
        // Courses of leavers push White past everyone: 30 of 20 (1.5); BME 4 of 10. Parity needs ceil(1.5 × 10) = 15 > 10:
        // capped at the 6 who have none, and beyond reach. Band needs ceil(15 / 1.25) = 12 > 10: also beyond reach.
        var parity = PeopleToParity.Compute(30, 20, 4, 10, More, 1.25m)!;

        Assert.Equal((6, 6, true, true), (parity.ToParity, parity.ToBand, parity.ParityBeyondReach, parity.BandBeyondReach));
    }

    [Fact]
    public void Training_CapBindsForParityOnly()
    {
        // White 23 of 20 (1.15); BME 5 of 10. Parity ceil(11.5) = 12 > 10: capped at 5, beyond reach. Band ceil(11.5 / 1.25)
        // = ceil(9.2) = 10: 5 more, within reach.
        var parity = PeopleToParity.Compute(23, 20, 5, 10, More, 1.25m)!;

        Assert.Equal((5, 5, true, false), (parity.ToParity, parity.ToBand, parity.ParityBeyondReach, parity.BandBeyondReach));
    }

    [Fact]
    public void Disciplinary_HandWorked()
    {
        // BME 12 of 200 enter the process; White 10 of 400 (0.025). Parity: floor(0.025 × 200) = 5 → 7 fewer.
        // Band: floor(1.25 × 5) = floor(6.25) = 6 → 6 fewer.
        var parity = PeopleToParity.Compute(10, 400, 12, 200, Fewer, 1.25m)!;

        Assert.Equal((7, 6, false), (parity.ToParity, parity.ToBand, parity.MoreNeeded));
    }

    [Fact]
    public void UpperThreshold_IsTheOption()
    {
        // White 30 of 100, BME 20 of 120: with 1.5 the band needs ceil(36 / 1.5) = 24 → 4 more (1.25 gives 9).
        Assert.Equal(4, PeopleToParity.Compute(30, 100, 20, 120, More, 1.5m)!.ToBand);
        Assert.Equal(9, PeopleToParity.Compute(30, 100, 20, 120, More, 1.250m)!.ToBand);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 0)]
    public void EitherBaseZero_IsNull(int m, int n) =>
        Assert.Null(PeopleToParity.Compute(0, m, 0, n, More, 1.25m));

    private static Arbitrary<(int W, int M, int A, int N)> Tables() =>
        (from m in Gen.Choose(1, 2_000)
         from w in Gen.Choose(0, m)
         from n in Gen.Choose(1, 2_000)
         from a in Gen.Choose(0, n)
         select (w, m, a, n)).ToArbitrary();

    /// <summary>Whether reference w/m over focus a/n is at most p/q, compared exactly: w·n·q ≤ p·m·a.</summary>
    private static bool AtMost(long w, long m, long a, long n, long p, long q) => w * n * q <= p * m * a;

    [Property(MaxTest = 500)]
    public Property MoreNeeded_TheNumberReachesTheTarget_OneFewerDoesNot() =>
        Prop.ForAll(Tables(), t =>
        {
            var parity = PeopleToParity.Compute(t.W, t.M, t.A, t.N, More, 1.25m)!;
            bool Reaches(int added, long p, long q) => AtMost(t.W, t.M, t.A + added, t.N, p, q);
            bool Fits(int count, bool beyond, long p, long q) =>
                beyond
                    ? count == t.N - t.A && !Reaches(count, p, q)
                    : Reaches(count, p, q) && (count == 0 || !Reaches(count - 1, p, q));
            return Fits(parity.ToParity, parity.ParityBeyondReach, 1, 1) && Fits(parity.ToBand, parity.BandBeyondReach, 5, 4)
                && parity.ToBand <= parity.ToParity;
        });

    [Property(MaxTest = 500)]
    public Property FewerNeeded_TheNumberReachesTheTarget_OneFewerDoesNot() =>
        Prop.ForAll(Tables(), t =>
        {
            var parity = PeopleToParity.Compute(t.W, t.M, t.A, t.N, Fewer, 1.25m)!;

            // Focus over reference at most p/q: a·m·q ≤ p·w·n.
            bool Reaches(int removed, long p, long q) => (t.A - removed) * (long)t.M * q <= p * t.W * t.N;
            bool Fits(int count, long p, long q) => count <= t.A && Reaches(count, p, q) && (count == 0 || !Reaches(count - 1, p, q));
            return Fits(parity.ToParity, 1, 1) && Fits(parity.ToBand, 5, 4) && !parity.ParityBeyondReach;
        });

    [Fact]
    public void Row_FocusToParity_HandWorked()
    {
        // Workforce 1,000 of whom 230 BME (23%, Unknown in the denominator). A band of 452 with 60 BME needs
        // ceil(0.23 × 452) = ceil(103.96) = 104 → 44 more; a band of 4 with 1 BME needs ceil(0.92) = 1 → 0.
        var workforce = new GroupTally(700, 230, 70);

        Assert.Equal(44, Row(new GroupTally(380, 60, 12), workforce).FocusToParity);
        Assert.Equal(0, Row(new GroupTally(3, 1, 0), workforce).FocusToParity);
        Assert.Null(Row(default, workforce).FocusToParity);
    }

    [Fact]
    public void Row_FocusToParity_ExactWhereDoublesAreNot()
    {
        // Workforce 7 BME of 25; a row of 50 with 10 BME: exactly 14 needed → 4 (doubles: ceil(14.000000000000002) = 15 → 5).
        Assert.Equal(4, Row(new GroupTally(40, 10, 0), new GroupTally(18, 7, 0)).FocusToParity);
    }

    [Fact]
    public void FocusToParityOf_IsTheRowsNumber_AndCanBeWorkedOutFromAnyCounts()
    {
        // The public seam a writer uses for published counts: the same rule as the row's own number.
        var workforce = new GroupTally(700, 230, 70);

        Assert.Equal(44, RepresentationRow.FocusToParityOf(new GroupTally(380, 60, 12), workforce));
        Assert.Equal(4, RepresentationRow.FocusToParityOf(new GroupTally(40, 10, 0), new GroupTally(18, 7, 0)));
        Assert.Null(RepresentationRow.FocusToParityOf(default, workforce));
        Assert.Null(RepresentationRow.FocusToParityOf(new GroupTally(1, 0, 0), default));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationRow.FocusToParityOf(new GroupTally(1, -1, 0), workforce));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationRow.FocusToParityOf(new GroupTally(1, 1, 0), new GroupTally(-5, 10, 0)));
    }

    private static RepresentationRow Row(GroupTally counts, GroupTally workforce) =>
        new(Core.Workforce.Segment.Clinical, "Band 5", counts, isTotal: false, workforce);
}
