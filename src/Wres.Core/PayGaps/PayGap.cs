namespace Wres.Core.PayGaps;

/// <summary>
/// One pay gap: <c>(reference − focus) × 100 ÷ reference</c>, where reference and focus are the two groups'
/// mean (or median) hourly pay, or bonus pay. A positive gap means the reference group is paid more.
/// </summary>
/// <remarks>
/// A gap is either a value, or suppressed (a group is too small: <see cref="Suppression"/>), or undefined
/// (<see cref="UndefinedReason"/>: a group has nobody, or the reference average is 0). Suppression wins:
/// a suppressed gap has no undefined reason, whatever its groups hold.
/// </remarks>
public sealed class PayGap
{
    private PayGap(double? percent, PayGapUndefinedReason undefinedReason, PayGapSuppression suppression)
    {
        Percent = percent;
        UndefinedReason = undefinedReason;
        Suppression = suppression;
    }

    /// <summary>The gap as an unrounded percentage (40.0 means 40%); <see langword="null"/> when suppressed or undefined.</summary>
    public double? Percent { get; }

    /// <summary>Why the gap is undefined; <see cref="PayGapUndefinedReason.None"/> when it has a value or is suppressed.</summary>
    public PayGapUndefinedReason UndefinedReason { get; }

    /// <summary>Why the gap is suppressed; <see cref="PayGapSuppression.None"/> when it is not.</summary>
    public PayGapSuppression Suppression { get; }

    /// <summary>Whether the gap is withheld because a group is too small.</summary>
    public bool IsSuppressed => Suppression != PayGapSuppression.None;

    /// <summary>The gap between two averages, unless suppressed.</summary>
    /// <param name="reference">The reference group's average; <see langword="null"/> when it has nobody.</param>
    /// <param name="focus">The focus group's average; <see langword="null"/> when it has nobody.</param>
    /// <param name="suppression">Whether the gap is suppressed, and why.</param>
    internal static PayGap Between(double? reference, double? focus, PayGapSuppression suppression)
    {
        if (suppression != PayGapSuppression.None)
        {
            return new PayGap(null, PayGapUndefinedReason.None, suppression);
        }

        if (reference is not { } r)
        {
            return new PayGap(null, PayGapUndefinedReason.ReferenceGroupEmpty, suppression);
        }

        if (focus is not { } f)
        {
            return new PayGap(null, PayGapUndefinedReason.FocusGroupEmpty, suppression);
        }

        // Multiplying before dividing leaves one rounding where the difference is exact (40.0, -30.0).
        return r == 0.0
            ? new PayGap(null, PayGapUndefinedReason.ReferenceAverageIsZero, suppression)
            : new PayGap((r - f) * 100.0 / r, PayGapUndefinedReason.None, suppression);
    }
}
