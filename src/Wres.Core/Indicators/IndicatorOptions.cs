namespace Wres.Core.Indicators;

/// <summary>Choices in how indicators 3 and 4 are computed.</summary>
public sealed class IndicatorOptions
{
    /// <summary>Two-year pooling of indicator 3; <b>Default</b> <see cref="RollingMode.WhenAvailable"/>.</summary>
    public RollingMode Indicator3Rolling { get; set; } = RollingMode.WhenAvailable;

    /// <summary>The base of indicators 3 and 4; <b>Default</b> <see cref="HeadcountBasis.Snapshot"/>.</summary>
    public HeadcountBasis HeadcountBasis { get; set; } = HeadcountBasis.Snapshot;

    /// <summary>Makes <paramref name="target"/> hold these options.</summary>
    internal void CopyTo(IndicatorOptions target)
    {
        target.Indicator3Rolling = Indicator3Rolling;
        target.HeadcountBasis = HeadcountBasis;
    }
}
