using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Statistics;
using Wres.Core.Tests.Generators;

namespace Wres.Core.Tests.Statistics;

public sealed class RelativeLikelihoodTests
{
    private static RelativeLikelihood Compute(int a, int n1, int c, int n2, StatisticsOptions? options = null) =>
        new TwoByTwo(a, n1, c, n2).Compute(options);

    // ---- Reference values (WRES rules, section 4) -------------------------------------------------------------

    [Theory]
    [InlineData(10, 75, 12, 225, 2.5, 1.1262, 5.5499)]
    [InlineData(27, 122, 44, 487, 2.4495, 1.5837, 3.7887)]
    public void Compute_ReferenceTables_ReproducesPublishedRatioAndKatzInterval(
        int a, int n1, int c, int n2, double ratio, double lower, double upper)
    {
        var result = Compute(a, n1, c, n2);

        Assert.True(result.IsDefined);
        Assert.Equal(ratio, result.Ratio!.Value, 4);
        Assert.Equal(lower, result.Interval!.Value.Lower, 4);
        Assert.Equal(upper, result.Interval!.Value.Upper, 4);
        Assert.Equal(IntervalMethod.KatzLog, result.IntervalMethod);
    }

    [Fact]
    public void Compute_ReferenceTable_KatzIntervalMatchesUnroundedValue()
    {
        // exp(ln 2.5 ± 1.959964 × sqrt(1/10 − 1/75 + 1/12 − 1/225)), evaluated in Python.
        var result = Compute(10, 75, 12, 225);

        Assert.Equal(1.1261563932629628, result.Interval!.Value.Lower, 1e-12);
        Assert.Equal(5.549850835451942, result.Interval!.Value.Upper, 1e-12);
    }

    [Fact]
    public void Ratio_DefinedTable_IsComputedFromIntegerProducts()
    {
        // (97/1096) / (30/1859) divided in doubles gives 5.484276155717763; the correctly rounded value of
        // 180323 / 32880 is 5.484276155717762.
        var result = Compute(97, 1096, 30, 1859);

        Assert.Equal(180323.0 / 32880.0, result.Ratio);
        Assert.NotEqual((97.0 / 1096.0) / (30.0 / 1859.0), result.Ratio);
    }

    // ---- Undefined ratios ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0, 0, 5, 10, UndefinedReason.NumeratorGroupHasNoBase)]
    [InlineData(3, 10, 0, 0, UndefinedReason.DenominatorGroupHasNoBase)]
    [InlineData(0, 0, 0, 0, UndefinedReason.NumeratorGroupHasNoBase)]
    [InlineData(3, 10, 0, 10, UndefinedReason.DenominatorLikelihoodIsZero)]
    [InlineData(0, 10, 0, 10, UndefinedReason.DenominatorLikelihoodIsZero)]
    public void Compute_NothingToDivideBy_IsUndefinedWithReason(int a, int n1, int c, int n2, UndefinedReason reason)
    {
        var result = Compute(a, n1, c, n2);

        Assert.False(result.IsDefined);
        Assert.Null(result.Ratio);
        Assert.Null(result.Interval);
        Assert.Equal(LikelihoodBand.Undefined, result.Band);
        Assert.Equal(reason, result.UndefinedReason);
    }

    [Theory]
    [InlineData(0, 0, 5, 10)]
    [InlineData(3, 10, 0, 0)]
    public void PValue_EitherBaseZero_IsNull(int a, int n1, int c, int n2) =>
        Assert.Null(Compute(a, n1, c, n2).PValue);

    [Fact]
    public void PValue_DenominatorWithoutEvents_IsGivenThoughRatioIsUndefined()
    {
        // [[3, 7], [0, 10]]: P(x) = C(10,x)C(10,3−x)/C(20,3) = 120, 450, 450, 120 (/1140); two-sided = 240/1140 = 4/19.
        var result = Compute(3, 10, 0, 10);

        Assert.False(result.IsDefined);
        Assert.Equal(4.0 / 19.0, result.PValue!.Value, 1e-14);
    }

    [Fact]
    public void Compute_ZeroOverZeroLikelihoods_IsUndefinedNotOneWithPValueOne()
    {
        var result = Compute(0, 10, 0, 10);

        Assert.Null(result.Ratio);
        Assert.Equal(1.0, result.PValue!.Value, 1e-14);
    }

    [Fact]
    public void UndefinedReason_DefinedRatio_IsNone()
    {
        var result = Compute(1, 10, 1, 10);

        Assert.Equal(UndefinedReason.None, result.UndefinedReason);
        Assert.Equal(1.0, result.Ratio);
    }

    // ---- No numerator events ----------------------------------------------------------------------------------

    [Fact]
    public void Compute_NoNumeratorEvents_RatioZeroAdjustedKatzIntervalFromZero()
    {
        // Adjusted log: (0.5/10.5) / (5.5/10.5) × exp(1.959964 × sqrt(1/0.5 − 1/10.5 + 1/5.5 − 1/10.5)), in Python.
        var result = Compute(0, 10, 5, 10);

        Assert.Equal(0.0, result.Ratio);
        Assert.Equal(0.0, result.Interval!.Value.Lower);
        Assert.Equal(1.4447066736056788, result.Interval!.Value.Upper, 1e-12);
        Assert.Equal(LikelihoodBand.AdverseToReference, result.Band);
    }

    [Fact]
    public void Compute_NoNumeratorEventsLargerGroups_AdjustedKatzUpperLimit()
    {
        var result = Compute(0, 50, 7, 120);

        Assert.Equal(0.0, result.Interval!.Value.Lower);
        Assert.Equal(2.7330555741990445, result.Interval!.Value.Upper, 1e-12);
    }

    // ---- Events beyond the base -----------------------------------------------------------------------------------

    [Fact]
    public void Compute_EventsExceedBase_RatioAndBandButNoIntervalOrPValue()
    {
        var result = Compute(12, 10, 5, 10);

        Assert.Equal(2.4, result.Ratio!.Value, 1e-15);
        Assert.Equal(LikelihoodBand.AdverseToFocus, result.Band);
        Assert.Null(result.Interval);
        Assert.Null(result.PValue);
    }

    // ---- Four-fifths band -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(4, 10, 5, 10, LikelihoodBand.NonAdverse)]            // exactly 0.80
    [InlineData(5, 10, 4, 10, LikelihoodBand.NonAdverse)]            // exactly 1.25
    [InlineData(1, 1, 1, 1, LikelihoodBand.NonAdverse)]              // 1
    [InlineData(7999, 10000, 1, 1, LikelihoodBand.AdverseToReference)] // 0.7999
    [InlineData(5001, 10000, 4000, 10000, LikelihoodBand.AdverseToFocus)] // 1.25025
    [InlineData(10, 75, 12, 225, LikelihoodBand.AdverseToFocus)]     // 2.5
    public void Band_DefaultThresholds_FollowsFourFifthsRuleInclusive(int a, int n1, int c, int n2, LikelihoodBand band) =>
        Assert.Equal(band, Compute(a, n1, c, n2).Band);

    [Fact]
    public void Band_RatioOneBillionthBelowLowerThreshold_IsAdverseEvenThoughTheDoubleEqualsThreshold()
    {
        // (2x−1)(2x+1) / (5x·x) = 0.8 − 1/(5x²) with x = 4e8: the double nearest the ratio is 0.8 itself, so only
        // an exact comparison of the counts puts it below the threshold.
        var result = Compute(799_999_999, 2_000_000_000, 400_000_000, 800_000_001);

        Assert.Equal(0.8, result.Ratio);
        Assert.Equal(LikelihoodBand.AdverseToReference, result.Band);
    }

    [Fact]
    public void Band_RatioJustAboveUpperThreshold_IsAdverseEvenThoughTheDoubleEqualsThreshold()
    {
        // 5x² / ((2x+1)(2x−1)) = 1.25 + 5/(16x²) − … with x = 4e8: the double is exactly 1.25.
        var result = Compute(400_000_000, 800_000_001, 799_999_999, 2_000_000_000);

        Assert.Equal(1.25, result.Ratio);
        Assert.Equal(LikelihoodBand.AdverseToFocus, result.Band);
    }

    [Theory]
    [InlineData(6, 10, 5, 10, LikelihoodBand.NonAdverse, LikelihoodBand.AdverseToFocus)]          // 1.2
    [InlineData(17, 20, 10, 10, LikelihoodBand.NonAdverse, LikelihoodBand.AdverseToReference)]    // 0.85
    [InlineData(11, 10, 10, 10, LikelihoodBand.NonAdverse, LikelihoodBand.NonAdverse)]            // 1.1 exactly
    [InlineData(9, 10, 10, 10, LikelihoodBand.NonAdverse, LikelihoodBand.NonAdverse)]             // 0.9 exactly
    [InlineData(13, 10, 10, 10, LikelihoodBand.AdverseToFocus, LikelihoodBand.AdverseToFocus)]    // 1.3
    public void Band_ConfiguredThresholds_AreUsed(int a, int n1, int c, int n2, LikelihoodBand byDefault, LikelihoodBand narrow)
    {
        var options = new StatisticsOptions { LowerThreshold = 0.9m, UpperThreshold = 1.1m };

        Assert.Equal(byDefault, Compute(a, n1, c, n2).Band);
        Assert.Equal(narrow, Compute(a, n1, c, n2, options).Band);
    }

    // ---- Small numbers ----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(5, 10, 5, 10, false)]    // every cell exactly 5, bases exactly 10
    [InlineData(4, 20, 10, 20, true)]    // a < 5
    [InlineData(10, 20, 4, 20, true)]    // c < 5
    [InlineData(16, 20, 10, 20, true)]   // n1 − a < 5
    [InlineData(10, 20, 16, 20, true)]   // n2 − c < 5
    [InlineData(0, 0, 10, 20, true)]     // no base at all
    [InlineData(300, 1000, 200, 1000, false)]
    public void SmallNumbers_DefaultThresholds_FlagsAnyCellBelowFiveOrBaseBelowTen(int a, int n1, int c, int n2, bool small) =>
        Assert.Equal(small, Compute(a, n1, c, n2).SmallNumbers);

    [Theory]
    [InlineData(5, 9, 5, 10, true)]
    [InlineData(5, 10, 5, 9, true)]
    [InlineData(5, 10, 5, 10, false)]
    public void SmallNumbers_CellThresholdOff_FlagsBaseBelowTen(int a, int n1, int c, int n2, bool small)
    {
        var options = new StatisticsOptions { SmallCellThreshold = 0 };

        Assert.Equal(small, Compute(a, n1, c, n2, options).SmallNumbers);
    }

    [Fact]
    public void SmallNumbers_ConfiguredCellThreshold_IsUsed()
    {
        var options = new StatisticsOptions { SmallCellThreshold = 11 };

        Assert.False(Compute(10, 20, 10, 20).SmallNumbers);
        Assert.True(Compute(10, 20, 10, 20, options).SmallNumbers);
    }

    // ---- Options ----------------------------------------------------------------------------------------------

    [Fact]
    public void Compute_WithoutOptions_UsesKatzAndFisherExact()
    {
        var result = Compute(10, 75, 12, 225);

        Assert.Equal(IntervalMethod.KatzLog, result.IntervalMethod);
        Assert.Equal(PValueMethod.FisherExact, result.PValueMethod);
    }

    [Fact]
    public void Compute_KoopmanAndMidP_UsesThem()
    {
        var options = new StatisticsOptions { Interval = IntervalMethod.KoopmanScore, PValue = PValueMethod.FisherMidP };

        var result = Compute(10, 75, 12, 225, options);

        Assert.Equal(IntervalMethod.KoopmanScore, result.IntervalMethod);
        Assert.Equal(PValueMethod.FisherMidP, result.PValueMethod);
        Assert.Equal(1.13902615, result.Interval!.Value.Lower, 1e-6);
        Assert.Equal(5.40080606, result.Interval!.Value.Upper, 1e-6);
        Assert.Equal(0.028481188099112174, result.PValue!.Value, 1e-12);
    }

    [Fact]
    public void Invert_OptionsChangedAfterCompute_KeepsTheOptionsUsed()
    {
        var options = new StatisticsOptions { Interval = IntervalMethod.KoopmanScore, UpperThreshold = 3m };
        var result = Compute(10, 75, 12, 225, options);

        options.Interval = IntervalMethod.KatzLog;
        options.UpperThreshold = 1.25m;
        var inverted = result.Invert();

        Assert.Equal(IntervalMethod.KoopmanScore, result.IntervalMethod);
        Assert.Equal(IntervalMethod.KoopmanScore, inverted.IntervalMethod);
        Assert.Equal(LikelihoodBand.NonAdverse, result.Band);
    }

    [Fact]
    public void Compute_NullArguments_Throw()
    {
        var proportion = Proportion.Of(1, 2);

        Assert.Throws<ArgumentNullException>(() => RelativeLikelihood.Compute(null!, proportion));
        Assert.Throws<ArgumentNullException>(() => RelativeLikelihood.Compute(proportion, null!));
        Assert.Throws<ArgumentNullException>(() => RelativeLikelihood.Compute(proportion, proportion, null!));
    }

    public static TheoryData<StatisticsOptions> InvalidOptions() =>
    [
        new StatisticsOptions { Interval = IntervalMethod.Unknown },
        new StatisticsOptions { Interval = (IntervalMethod)99 },
        new StatisticsOptions { PValue = PValueMethod.Unknown },
        new StatisticsOptions { LowerThreshold = 0m },
        new StatisticsOptions { LowerThreshold = -0.8m },
        new StatisticsOptions { LowerThreshold = 1.3m, UpperThreshold = 1.25m },
        new StatisticsOptions { SmallCellThreshold = -1 },
        new StatisticsOptions { SmallBaseThreshold = -1 },
    ];

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Compute_InvalidOptions_ThrowsArgumentException(StatisticsOptions options)
    {
        var error = Assert.Throws<ArgumentException>(() => Compute(1, 10, 1, 10, options));

        Assert.Equal("options", error.ParamName);
    }

    // ---- Invert -----------------------------------------------------------------------------------------------

    [Fact]
    public void Invert_ReferenceTable_SwapsGroupsInvertsRatioMirrorsIntervalKeepsPValue()
    {
        var result = Compute(10, 75, 12, 225);

        var inverted = result.Invert();

        Assert.Equal(Proportion.Of(12, 225), inverted.Numerator);
        Assert.Equal(Proportion.Of(10, 75), inverted.Denominator);
        Assert.Equal(0.4, inverted.Ratio!.Value, 1e-15);
        Assert.Equal(1 / 5.549850835451942, inverted.Interval!.Value.Lower, 1e-12);
        Assert.Equal(1 / 1.1261563932629628, inverted.Interval!.Value.Upper, 1e-12);
        Assert.Equal(result.PValue!.Value, inverted.PValue!.Value, 1e-15);
        Assert.Equal(LikelihoodBand.AdverseToReference, inverted.Band);
    }

    [Fact]
    public void Invert_NoNumeratorEvents_BecomesUndefined()
    {
        var inverted = Compute(0, 10, 5, 10).Invert();

        Assert.Equal(UndefinedReason.DenominatorLikelihoodIsZero, inverted.UndefinedReason);
    }

    // ---- Laws -------------------------------------------------------------------------------------------------

    private static readonly StatisticsOptions Koopman = new() { Interval = IntervalMethod.KoopmanScore };
    private static readonly StatisticsOptions MidP = new() { PValue = PValueMethod.FisherMidP };

    private static bool Close(double expected, double actual, double relative) =>
        Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), double.Epsilon);

    [Property(Arbitrary = new[] { typeof(StatisticsGenerators) })]
    public Property Invert_GroupsWithEvents_InvertsRatioAndMirrorsKatzInterval(TwoByTwo table) =>
        Prop.When(table.A > 0 && table.C > 0, () =>
        {
            var result = table.Compute();
            var inverted = result.Invert();
            return Close(1 / result.Ratio!.Value, inverted.Ratio!.Value, 1e-14)
                && Close(1 / result.Interval!.Value.Upper, inverted.Interval!.Value.Lower, 1e-12)
                && Close(1 / result.Interval!.Value.Lower, inverted.Interval!.Value.Upper, 1e-12)
                && Close(result.PValue!.Value, inverted.PValue!.Value, 1e-9);
        });

    [Property(Arbitrary = new[] { typeof(StatisticsGenerators) })]
    public Property Invert_GroupsWithEvents_MirrorsKoopmanInterval(TwoByTwo table) =>
        Prop.When(table.A > 0 && table.C > 0, () =>
        {
            var result = table.Compute(Koopman);
            var inverted = result.Invert();
            return Close(1 / result.Interval!.Value.Upper, inverted.Interval!.Value.Lower, 1e-9)
                && Close(1 / result.Interval!.Value.Lower, inverted.Interval!.Value.Upper, 1e-9);
        });

    [Property(Arbitrary = new[] { typeof(StatisticsGenerators) })]
    public bool Interval_DefinedRatio_ContainsRatioForBothMethods(TwoByTwo table)
    {
        var katz = table.Compute();
        var koopman = table.Compute(Koopman);
        if (!katz.IsDefined)
        {
            return katz.Interval is null && koopman.Interval is null;
        }

        return katz.Interval!.Value.Contains(katz.Ratio!.Value)
            && koopman.Interval!.Value.Contains(koopman.Ratio!.Value)
            && double.IsFinite(katz.Interval.Value.Upper)
            && double.IsFinite(koopman.Interval.Value.Upper)
            && katz.Interval.Value.Lower >= 0 && koopman.Interval.Value.Lower >= 0;
    }

    [Property(Arbitrary = new[] { typeof(StatisticsGenerators) })]
    public bool PValue_AnyTable_LiesInUnitIntervalAndMidPIsSmaller(TwoByTwo table)
    {
        var fisher = table.Compute().PValue!.Value;
        var midP = table.Compute(MidP).PValue!.Value;
        return fisher is >= 0 and <= 1 && midP is >= 0 and <= 1 && midP <= fisher && (fisher == 0 || midP < fisher);
    }

    [Property(Arbitrary = new[] { typeof(StatisticsGenerators) })]
    public Property Band_AwayFromThresholds_AgreesWithComparingTheRatio(TwoByTwo table)
    {
        var result = table.Compute();
        var ratio = result.Ratio;
        var nearThreshold = ratio is { } r && (Close(0.8, r, 1e-9) || Close(1.25, r, 1e-9));
        return Prop.When(!nearThreshold, () => result.Band == ratio switch
        {
            null => LikelihoodBand.Undefined,
            > 1.25 => LikelihoodBand.AdverseToFocus,
            < 0.8 => LikelihoodBand.AdverseToReference,
            _ => LikelihoodBand.NonAdverse,
        });
    }
}
