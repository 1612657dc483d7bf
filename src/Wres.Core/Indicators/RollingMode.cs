namespace Wres.Core.Indicators;

/// <summary>Whether indicator 3 (and WDES metric 3) pools two years.</summary>
public enum RollingMode
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>
    /// <b>Default</b>: pool this year and last year, <c>(n_y + n_y−1) / (H_y + H_y−1)</c>, when last year's
    /// cases and last year's staff are both supplied; a single year otherwise.
    /// </summary>
    WhenAvailable = 1,

    /// <summary>Always the reporting year alone.</summary>
    SingleYear = 2,
}
