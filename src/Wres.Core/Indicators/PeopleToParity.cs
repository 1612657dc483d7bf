using System.Numerics;

namespace Wres.Core.Indicators;

/// <summary>
/// How many people of the focus group (BME, or disabled) a likelihood indicator is from parity and from the four-fifths
/// band (rules §8), worked out exactly from the counts (rational arithmetic, never from a rounded or floating
/// likelihood: 7/25 × 50 is 14, not 15).
/// </summary>
/// <remarks>
/// <para>Reference over focus (indicators 2 and 4; WDES 2): more focus-group people appointed or trained,
/// <c>toParity = max(0, ceil(L_ref × n) − a)</c> for the ratio to reach 1.00 or below and
/// <c>toBand = max(0, ceil(L_ref × n ÷ upper) − a)</c> for it to reach the band's upper limit, each capped at
/// <c>n − a</c> (everyone in the focus group's base); <see cref="ParityBeyondReach"/> and
/// <see cref="BandBeyondReach"/> say when even the cap is not enough.</para>
/// <para>Focus over reference (indicator 3; WDES 3): fewer focus-group people entering the process,
/// <c>toParity = max(0, a − floor(L_ref × n))</c> and <c>toBand = max(0, a − floor(upper × L_ref × n))</c>.</para>
/// </remarks>
public sealed class PeopleToParity
{
    private PeopleToParity(RatioOrientation orientation, int toParity, int toBand, bool parityBeyondReach, bool bandBeyondReach)
    {
        Orientation = orientation;
        ToParity = toParity;
        ToBand = toBand;
        ParityBeyondReach = parityBeyondReach;
        BandBeyondReach = bandBeyondReach;
    }

    /// <summary>
    /// The ratio's orientation, which decides the direction: more focus-group events
    /// (<see cref="RatioOrientation.ReferenceOverFocus"/>) or fewer (<see cref="RatioOrientation.FocusOverReference"/>).
    /// </summary>
    public RatioOrientation Orientation { get; }

    /// <summary>Whether the numbers are more focus-group events needed (appointments, courses) rather than fewer (cases).</summary>
    public bool MoreNeeded => Orientation == RatioOrientation.ReferenceOverFocus;

    /// <summary>The focus-group events to add (or take away) for the ratio to reach 1.00; 0 when it is there already.</summary>
    public int ToParity { get; }

    /// <summary>
    /// The focus-group events to add (or take away) for the ratio to reach the four-fifths band's upper limit
    /// (<see cref="Statistics.StatisticsOptions.UpperThreshold"/>, <b>Default</b> 1.25); 0 when it is within it already.
    /// </summary>
    public int ToBand { get; }

    /// <summary>Even <see cref="ToParity"/> (capped at everyone in the focus group's base) would not bring the ratio to 1.00.</summary>
    public bool ParityBeyondReach { get; }

    /// <summary>Even <see cref="ToBand"/> (capped at everyone in the focus group's base) would not bring the ratio into the band.</summary>
    public bool BandBeyondReach { get; }

    /// <summary>
    /// Works out the numbers from the two groups' counts, for example the counts a published report shows (so that the
    /// numbers derive from them alone).
    /// </summary>
    /// <param name="reference">The reference group's events of its base (White, or non-disabled).</param>
    /// <param name="focus">The focus group's events of its base (BME, or disabled).</param>
    /// <param name="orientation">Which likelihood the ratio divides by which.</param>
    /// <param name="upperThreshold">The four-fifths band's upper limit (<see cref="Statistics.StatisticsOptions.UpperThreshold"/>); at least 1.</param>
    /// <returns>The numbers, or <see langword="null"/> when either base is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The orientation is not defined, or the threshold is below 1.</exception>
    public static PeopleToParity? For(Statistics.Proportion reference, Statistics.Proportion focus, RatioOrientation orientation, decimal upperThreshold)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentOutOfRangeException.ThrowIfLessThan(upperThreshold, 1m);
        if (orientation is not (RatioOrientation.ReferenceOverFocus or RatioOrientation.FocusOverReference))
        {
            throw new ArgumentOutOfRangeException(nameof(orientation), orientation, "The orientation must be ReferenceOverFocus or FocusOverReference.");
        }

        return Compute(reference.Events, reference.Base, focus.Events, focus.Base, orientation, upperThreshold);
    }

    /// <summary>
    /// The numbers for a likelihood indicator: reference <paramref name="w"/> of <paramref name="m"/>, focus
    /// <paramref name="a"/> of <paramref name="n"/>; <see langword="null"/> when either base is 0.
    /// </summary>
    internal static PeopleToParity? Compute(int w, int m, int a, int n, RatioOrientation orientation, decimal upper)
    {
        if (m <= 0 || n <= 0 || orientation == RatioOrientation.Unknown)
        {
            return null;
        }

        // upper = p / q exactly (a decimal is an integer over a power of ten).
        var bits = decimal.GetBits(upper);
        var p = (uint)bits[0] + ((BigInteger)(uint)bits[1] << 32) + ((BigInteger)(uint)bits[2] << 64);
        // Stryker disable once Bitwise : equivalent, the sign bit is masked off, so >> and >>> are the same
        var q = BigInteger.Pow(10, (bits[3] >> 16) & 0xFF);
        var wn = (BigInteger)w * n;
        if (orientation == RatioOrientation.ReferenceOverFocus)
        {
            var parity = Reach(CeilingDivide(wn, m), a, n);
            var band = Reach(CeilingDivide(wn * q, m * p), a, n);
            return new PeopleToParity(orientation, parity.Count, band.Count, parity.BeyondReach, band.BeyondReach);
        }

        var allowedAtParity = BigInteger.Divide(wn, m);
        var allowedInBand = BigInteger.Divide(wn * p, m * q);
        return new PeopleToParity(orientation, Fewer(a, allowedAtParity), Fewer(a, allowedInBand), parityBeyondReach: false, bandBeyondReach: false);
    }

    /// <summary>The focus-group events needed to reach <paramref name="needed"/>, capped at the base.</summary>
    private static (int Count, bool BeyondReach) Reach(BigInteger needed, int a, int n) =>
        needed > n ? (n - a, true) : ((int)BigInteger.Max(0, needed - a), false);

    // Stryker disable once Equality : equivalent, at allowed == a both arms give 0
    private static int Fewer(int a, BigInteger allowed) => allowed >= a ? 0 : a - (int)allowed;

    private static BigInteger CeilingDivide(BigInteger numerator, BigInteger denominator) =>
        (numerator + denominator - 1) / denominator;
}
