namespace Wres.Core.PayGaps;

/// <summary>Why a measure is suppressed: a group it depends on is smaller than <see cref="PayGapOptions.SuppressionThreshold"/>.</summary>
public enum PayGapSuppression
{
    /// <summary>Not suppressed.</summary>
    None = 0,

    /// <summary>The reference group is too small.</summary>
    ReferenceGroupTooSmall = 1,

    /// <summary>The focus group is too small.</summary>
    FocusGroupTooSmall = 2,

    /// <summary>Both groups are too small.</summary>
    BothGroupsTooSmall = 3,
}
