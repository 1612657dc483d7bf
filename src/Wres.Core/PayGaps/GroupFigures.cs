namespace Wres.Core.PayGaps;

/// <summary>One figure for each of the two compared groups (an average hourly pay, a percentage).</summary>
/// <param name="Reference">The reference group's figure; <see langword="null"/> when it has nobody or the figure is suppressed.</param>
/// <param name="Focus">The focus group's figure; <see langword="null"/> when it has nobody or the figure is suppressed.</param>
public readonly record struct GroupFigures(double? Reference, double? Focus);
