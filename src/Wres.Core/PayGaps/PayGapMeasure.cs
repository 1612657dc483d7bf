namespace Wres.Core.PayGaps;

/// <summary>The measures of one pay gap comparison, as they are named when suppressed.</summary>
public enum PayGapMeasure
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Each group's mean hourly pay.</summary>
    MeanHourly = 1,

    /// <summary>Each group's median hourly pay.</summary>
    MedianHourly = 2,

    /// <summary>The mean hourly pay gap.</summary>
    MeanHourlyGap = 3,

    /// <summary>The median hourly pay gap.</summary>
    MedianHourlyGap = 4,

    /// <summary>The mean bonus gap.</summary>
    MeanBonusGap = 5,

    /// <summary>The median bonus gap.</summary>
    MedianBonusGap = 6,

    /// <summary>Each group's proportion paid a bonus.</summary>
    BonusProportion = 7,
}
