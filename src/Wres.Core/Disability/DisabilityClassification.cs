namespace Wres.Core.Disability;

/// <summary>The result of classifying one raw disability value.</summary>
/// <param name="Group">The WDES group.</param>
/// <param name="Match">How the value was read.</param>
public readonly record struct DisabilityClassification(DisabilityGroup Group, DisabilityMatch Match);
