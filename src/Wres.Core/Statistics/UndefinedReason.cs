namespace Wres.Core.Statistics;

/// <summary>Why a relative likelihood has no ratio.</summary>
public enum UndefinedReason
{
    /// <summary>The ratio is defined.</summary>
    None = 0,

    /// <summary>The numerator group's base is zero, so it has no likelihood (reported also when both bases are zero).</summary>
    NumeratorGroupHasNoBase = 1,

    /// <summary>The denominator group's base is zero, so it has no likelihood.</summary>
    DenominatorGroupHasNoBase = 2,

    /// <summary>The denominator group has no events, so its likelihood is zero and the ratio would divide by zero.</summary>
    DenominatorLikelihoodIsZero = 3,
}
