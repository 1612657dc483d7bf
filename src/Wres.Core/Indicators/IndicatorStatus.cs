namespace Wres.Core.Indicators;

/// <summary>Whether an indicator could be computed from what was supplied.</summary>
public enum IndicatorStatus
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Computed (individual values may still be undefined, with a reason).</summary>
    Computed = 1,

    /// <summary>The input the indicator needs was not supplied: reported as not provided, never as zero.</summary>
    NotProvided = 2,
}
