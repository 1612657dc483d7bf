namespace Wres.Core.PayGaps;

/// <summary>
/// The pay gap measures for one comparison: a reference group against a focus group of one characteristic
/// (men against women, White against BME staff, non-disabled against disabled staff). Numbers are unrounded.
/// </summary>
/// <remarks>
/// <para><b>Who counts.</b> A relevant employee is a person (not an assignment) with an in-scope pay row;
/// a full-pay relevant employee is one whose every row says <c>Full Pay</c> Yes. The hourly measures and
/// the quartiles are over full-pay relevant employees; the bonus measures over relevant employees.</para>
/// <para><b>Measures.</b> Mean and median hourly gap: <c>(R − F) × 100 ÷ R</c> over each group's mean or
/// median hourly pay (the median of an even count is the mean of the two middle values). Mean and median
/// bonus gap: the same over the <c>Bonus 12 Months</c> of those paid a bonus, not pro-rated to FTE. Bonus
/// proportion: those paid a bonus ÷ relevant employees of the group × 100. A positive gap means the
/// reference group is paid more; a gap whose reference average is 0 is undefined.</para>
/// <para><b>Suppression</b> (always, not only when publishing): fewer full-pay relevant employees than the
/// threshold in either group withholds both hourly gaps and both groups' mean and median hourly pay; fewer
/// bonus recipients withholds the two bonus gaps; fewer relevant employees withholds the bonus proportions.
/// A withheld measure is <see langword="null"/> and listed in <see cref="Suppressed"/>, whose reason wins
/// over any undefined reason. The quartile shares are not withheld.</para>
/// </remarks>
public sealed class PayGapResult
{
    internal PayGapResult()
    {
    }

    /// <summary>The characteristic compared.</summary>
    public PayGapCharacteristic Characteristic { get; internal init; }

    /// <summary>The reference group (a positive gap means it is paid more).</summary>
    public PayGapGroup Reference { get; internal init; }

    /// <summary>The focus group.</summary>
    public PayGapGroup Focus { get; internal init; }

    /// <summary>Relevant employees by group, the unknown group included.</summary>
    public PayGroupCounts Relevant { get; internal init; }

    /// <summary>Full-pay relevant employees by group, the unknown group included.</summary>
    public PayGroupCounts FullPayRelevant { get; internal init; }

    /// <summary>Relevant employees paid a bonus in the twelve months ending on the snapshot date, by group.</summary>
    public PayGroupCounts BonusRecipients { get; internal init; }

    /// <summary>The unknown group's share of relevant employees, in percent (the undisclosed share); <see langword="null"/> when there is nobody.</summary>
    public double? UndisclosedPercent { get; internal init; }

    /// <summary>Each group's mean hourly pay (suppressed with the hourly gaps).</summary>
    public GroupFigures MeanHourly { get; internal init; }

    /// <summary>Each group's median hourly pay (suppressed with the hourly gaps).</summary>
    public GroupFigures MedianHourly { get; internal init; }

    /// <summary>The mean hourly pay gap.</summary>
    public PayGap MeanHourlyGap { get; internal init; } = null!;

    /// <summary>The median hourly pay gap.</summary>
    public PayGap MedianHourlyGap { get; internal init; } = null!;

    /// <summary>The mean bonus gap.</summary>
    public PayGap MeanBonusGap { get; internal init; } = null!;

    /// <summary>The median bonus gap.</summary>
    public PayGap MedianBonusGap { get; internal init; } = null!;

    /// <summary>Each group's proportion paid a bonus, in percent.</summary>
    public GroupFigures BonusProportion { get; internal init; }

    /// <summary>The four pay quartiles, lowest paid first.</summary>
    public IReadOnlyList<PayQuartile> Quartiles { get; internal init; } = [];

    /// <summary>The breakdown by pay band, in band order, for every band that has a full-pay relevant employee.</summary>
    public IReadOnlyList<BandPayGap> ByBand { get; internal init; } = [];

    /// <summary>The measures withheld, with the reason.</summary>
    public IReadOnlyList<SuppressedMeasure> Suppressed { get; internal init; } = [];
}
