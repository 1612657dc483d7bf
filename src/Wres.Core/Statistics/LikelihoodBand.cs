namespace Wres.Core.Statistics;

/// <summary>
/// Where a relative likelihood falls against the four-fifths rule. Ratios are oriented so that a ratio above 1
/// is adverse to the focus group (BME for WRES, disabled for WDES).
/// </summary>
/// <remarks>
/// The band compares the exact ratio of the counts with the thresholds (<b>Default</b> 0.80 and 1.25, both
/// inclusive in the non-adverse band); it never says whether a difference is statistically significant: that
/// comes from the confidence interval and the p-value.
/// </remarks>
public enum LikelihoodBand
{
    /// <summary>There is no ratio (see <see cref="UndefinedReason"/>).</summary>
    Undefined = 0,

    /// <summary>Lower threshold ≤ ratio ≤ upper threshold: no adverse impact by the four-fifths rule.</summary>
    NonAdverse = 1,

    /// <summary>Ratio above the upper threshold: adverse to the focus group (BME, or disabled).</summary>
    AdverseToFocus = 2,

    /// <summary>Ratio below the lower threshold: adverse to the reference group (White, or non-disabled).</summary>
    AdverseToReference = 3,
}
