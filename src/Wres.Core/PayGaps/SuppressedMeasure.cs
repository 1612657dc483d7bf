namespace Wres.Core.PayGaps;

/// <summary>A measure withheld because a group it depends on is too small.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Reason">Which group is too small.</param>
public sealed record SuppressedMeasure(PayGapMeasure Measure, PayGapSuppression Reason);
