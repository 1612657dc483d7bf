namespace Wres.Core.PayGaps;

/// <summary>
/// The choices the pay gap rules leave open, each with its <b>Default</b>. Set them on
/// <see cref="WresOptions.PayGaps"/>; the calculator copies them when it is created.
/// </summary>
public sealed class PayGapOptions
{
    /// <summary>The default for <see cref="SuppressionThreshold"/>.</summary>
    public const int DefaultSuppressionThreshold = 10;

    /// <summary>The longest pay period accepted for <see cref="DefaultPayPeriodDays"/>.</summary>
    public const int MaximumPayPeriodDays = 366;

    /// <summary>Which ethnic groups are compared. <b>Default</b> <see cref="EthnicityPayGapBasis.WhiteAndBme"/>.</summary>
    public EthnicityPayGapBasis EthnicityBasis { get; set; } = EthnicityPayGapBasis.WhiteAndBme;

    /// <summary>
    /// The days in the pay period of a row that leaves <c>Pay Period Days</c> blank, 1 to
    /// <see cref="MaximumPayPeriodDays"/>. <b>Default</b> <see langword="null"/>: the number of days of the
    /// calendar month holding the snapshot date (31 for 31 March).
    /// </summary>
    public int? DefaultPayPeriodDays { get; set; }

    /// <summary>
    /// A group smaller than this suppresses the measures that depend on it (0 suppresses nothing).
    /// <b>Default</b> 10.
    /// </summary>
    public int SuppressionThreshold { get; set; } = DefaultSuppressionThreshold;

    internal void CopyTo(PayGapOptions target)
    {
        target.EthnicityBasis = EthnicityBasis;
        target.DefaultPayPeriodDays = DefaultPayPeriodDays;
        target.SuppressionThreshold = SuppressionThreshold;
    }
}
