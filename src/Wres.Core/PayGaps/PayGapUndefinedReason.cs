namespace Wres.Core.PayGaps;

/// <summary>Why a pay gap has no value although it is not suppressed.</summary>
public enum PayGapUndefinedReason
{
    /// <summary>The gap is defined (or suppressed).</summary>
    None = 0,

    /// <summary>The reference group has nobody to average over (reported also when both groups have nobody).</summary>
    ReferenceGroupEmpty = 1,

    /// <summary>The focus group has nobody to average over.</summary>
    FocusGroupEmpty = 2,

    /// <summary>The reference group's mean or median is 0, and the gap would divide by it.</summary>
    ReferenceAverageIsZero = 3,
}
