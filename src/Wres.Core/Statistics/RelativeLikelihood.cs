namespace Wres.Core.Statistics;

/// <summary>
/// The ratio of two groups' likelihoods, (a/n1) ÷ (c/n2), with the statistics every WRES and WDES ratio carries:
/// a 95% confidence interval, a two-sided p-value, the four-fifths band and a small-numbers flag.
/// </summary>
/// <remarks>
/// <para>Notation: a = numerator events, n1 = numerator base, c = denominator events, n2 = denominator base.
/// Ratios are oriented so that a ratio above 1 is adverse to the focus group (BME for WRES, disabled for WDES):
/// indicators 2 and 4 divide the White likelihood by the BME likelihood, indicator 3 the BME by the White.</para>
/// <para>The ratio is undefined (with an <see cref="UndefinedReason"/>) when either group has no base or the
/// denominator group has no events; 0/0 is undefined, never 1 and never 0. Everything is computed from the four
/// counts, never from rounded likelihoods; round only for display (<see cref="DisplayRounding"/>).</para>
/// <para>The confidence interval and the p-value need a binomial model, so they are absent when events exceed
/// a base. The p-value is given even when the ratio is undefined, as long as both bases are positive.</para>
/// </remarks>
public sealed class RelativeLikelihood
{
    private static readonly StatisticsOptions Defaults = new();

    private readonly StatisticsOptions _options;

    private RelativeLikelihood(Proportion numerator, Proportion denominator, StatisticsOptions options)
    {
        _options = options;
        Numerator = numerator;
        Denominator = denominator;

        int a = numerator.Events, n1 = numerator.Base, c = denominator.Events, n2 = denominator.Base;
        var binomial = a <= n1 && c <= n2;

        UndefinedReason = n1 == 0 ? UndefinedReason.NumeratorGroupHasNoBase
            : n2 == 0 ? UndefinedReason.DenominatorGroupHasNoBase
            : c == 0 ? UndefinedReason.DenominatorLikelihoodIsZero
            : UndefinedReason.None;

        if (UndefinedReason == UndefinedReason.None)
        {
            var ratio = (double)((long)a * n2) / (double)((long)n1 * c);
            Ratio = ratio;
            Band = ExactRatio.CompareTo(a, n1, c, n2, options.UpperThreshold) > 0 ? LikelihoodBand.AdverseToFocus
                : ExactRatio.CompareTo(a, n1, c, n2, options.LowerThreshold) < 0 ? LikelihoodBand.AdverseToReference
                : LikelihoodBand.NonAdverse;
            if (binomial)
            {
                Interval = options.Interval == IntervalMethod.KoopmanScore
                    ? ScoreInterval.Compute(a, n1, c, n2, ratio)
                    : KatzInterval.Compute(a, n1, c, n2, ratio);
            }
        }

        if (binomial && n1 > 0 && n2 > 0)
        {
            PValue = FisherExact.TwoSided(a, n1, c, n2, midP: options.PValue == PValueMethod.FisherMidP);
        }

        SmallNumbers = a < options.SmallCellThreshold || c < options.SmallCellThreshold
            || n1 - a < options.SmallCellThreshold || n2 - c < options.SmallCellThreshold
            || n1 < options.SmallBaseThreshold || n2 < options.SmallBaseThreshold;
    }

    /// <summary>The numerator group's counts (a of n1).</summary>
    public Proportion Numerator { get; }

    /// <summary>The denominator group's counts (c of n2).</summary>
    public Proportion Denominator { get; }

    /// <summary>
    /// (a/n1) ÷ (c/n2), unrounded, computed as a·n2 ÷ (n1·c) from the integer products; <see langword="null"/>
    /// when undefined (see <see cref="UndefinedReason"/>).
    /// </summary>
    public double? Ratio { get; }

    /// <summary>
    /// The 95% confidence interval of the ratio by <see cref="IntervalMethod"/>; it always contains the ratio.
    /// <see langword="null"/> when the ratio is undefined or events exceed a base.
    /// </summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>
    /// The two-sided p-value by <see cref="PValueMethod"/> (for the null hypothesis that both groups have the
    /// same likelihood); <see langword="null"/> when either base is zero or events exceed a base.
    /// </summary>
    public double? PValue { get; }

    /// <summary>The four-fifths band of the ratio, from an exact comparison of the counts with the thresholds.</summary>
    public LikelihoodBand Band { get; }

    /// <summary>
    /// Whether the numbers are too small to read much into: any of a, c, n1 − a, n2 − c below
    /// <see cref="StatisticsOptions.SmallCellThreshold"/>, or either base below
    /// <see cref="StatisticsOptions.SmallBaseThreshold"/>.
    /// </summary>
    public bool SmallNumbers { get; }

    /// <summary>Why the ratio is undefined; <see cref="UndefinedReason.None"/> when it is defined.</summary>
    public UndefinedReason UndefinedReason { get; }

    /// <summary>Whether there is a ratio.</summary>
    public bool IsDefined => Ratio.HasValue;

    /// <summary>The method the interval was (or would have been) computed by.</summary>
    public IntervalMethod IntervalMethod => _options.Interval;

    /// <summary>The method the p-value was (or would have been) computed by.</summary>
    public PValueMethod PValueMethod => _options.PValue;

    /// <summary>The four-fifths band's lower limit the <see cref="Band"/> was decided with.</summary>
    public decimal LowerThreshold => _options.LowerThreshold;

    /// <summary>The four-fifths band's upper limit the <see cref="Band"/> was decided with.</summary>
    public decimal UpperThreshold => _options.UpperThreshold;

    /// <summary>Computes the relative likelihood with the <b>Default</b> options.</summary>
    /// <param name="numerator">The numerator group's events and base (a of n1).</param>
    /// <param name="denominator">The denominator group's events and base (c of n2).</param>
    /// <returns>The result, possibly undefined.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RelativeLikelihood Compute(Proportion numerator, Proportion denominator)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        return new RelativeLikelihood(numerator, denominator, Defaults);
    }

    /// <summary>Computes the relative likelihood.</summary>
    /// <param name="numerator">The numerator group's events and base (a of n1).</param>
    /// <param name="denominator">The denominator group's events and base (c of n2).</param>
    /// <param name="options">The methods and thresholds; copied, so later changes do not affect the result.</param>
    /// <returns>The result, possibly undefined.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range or an enum value is not supported.</exception>
    public static RelativeLikelihood Compute(Proportion numerator, Proportion denominator, StatisticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        ArgumentNullException.ThrowIfNull(options);
        return new RelativeLikelihood(numerator, denominator, options.ValidatedCopy(nameof(options)));
    }

    /// <summary>
    /// The same comparison the other way round (denominator ÷ numerator) with the same options: the ratio becomes
    /// 1 / ratio, the interval is mirrored (1 / upper, 1 / lower; for the Katz interval when both groups have
    /// events) and the p-value is unchanged.
    /// </summary>
    /// <returns>The inverted result.</returns>
    public RelativeLikelihood Invert() => new(Denominator, Numerator, _options);
}
