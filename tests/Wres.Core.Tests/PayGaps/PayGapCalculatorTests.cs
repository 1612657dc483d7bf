using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Statistics;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using static Wres.Core.Tests.Builders.ValidPay;

namespace Wres.Core.Tests.PayGaps;

/// <summary>Hand-worked cases for each measure, the rules page's reference figures first.</summary>
public partial class PayGapCalculatorTests
{
    // ---- The rules page's reference figures, on each characteristic ----

    public static TheoryData<PayGapCharacteristic> Characteristics => [PayGapCharacteristic.Sex, PayGapCharacteristic.Ethnicity, PayGapCharacteristic.Disability];

    [Theory]
    [MemberData(nameof(Characteristics))]
    public void Calculate_FirstReferenceFigure_GivesFortyPercentMeanAndMedianGaps(PayGapCharacteristic characteristic)
    {
        var report = PayGapTesting.Report([.. Reference(characteristic, 10m, 20m, 30m, 40m), .. Focus(characteristic, 10m, 15m, 20m)], threshold: 0);
        var gap = report.Gaps.Single(g => g.Characteristic == characteristic);

        Assert.Equal(new GroupFigures(25.0, 15.0), gap.MeanHourly);
        Assert.Equal(new GroupFigures(25.0, 15.0), gap.MedianHourly);
        Assert.Equal(40.0, gap.MeanHourlyGap.Percent);
        Assert.Equal(40.0, gap.MedianHourlyGap.Percent);
        Assert.Equal(40.0m, DisplayRounding.RoundPercent(gap.MeanHourlyGap.Percent!.Value));
    }

    [Theory]
    [MemberData(nameof(Characteristics))]
    public void Calculate_SecondReferenceFigure_GivesElevenPointThreeSixMeanAndMinusThirtyMedianGaps(PayGapCharacteristic characteristic)
    {
        var report = PayGapTesting.Report([.. Reference(characteristic, 12.50m, 12.50m, 30.00m), .. Focus(characteristic, 12.50m, 20.00m)], threshold: 0);
        var gap = report.Gaps.Single(g => g.Characteristic == characteristic);

        Assert.Equal(55.0 / 3.0, gap.MeanHourly.Reference!.Value, 12);
        Assert.Equal(16.25, gap.MeanHourly.Focus);
        Assert.Equal(new GroupFigures(12.5, 16.25), gap.MedianHourly);
        Assert.Equal(11.363636363636, gap.MeanHourlyGap.Percent!.Value, 10);
        Assert.Equal(11.36m, Math.Round((decimal)gap.MeanHourlyGap.Percent!.Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(-30.0, gap.MedianHourlyGap.Percent);
        Assert.Equal(-30.0m, DisplayRounding.RoundPercent(gap.MedianHourlyGap.Percent!.Value));
    }

    [Fact]
    public void Calculate_FirstReferenceFigure_TheGroupsOfTheOtherCharacteristicsAreUnknown()
    {
        var report = PayGapTesting.Report([.. Men("m", 10m, 20m, 30m, 40m), .. Women("w", 10m, 15m, 20m)], threshold: 0);

        Assert.Equal(new PayGroupCounts(4, 3, 0, 0), report.Sex().Relevant);
        Assert.Equal(new PayGroupCounts(7, 0, 0, 0), report.Ethnicity().Relevant);
        Assert.Equal(PayGapGroup.Male, report.Sex().Reference);
        Assert.Equal(PayGapGroup.Female, report.Sex().Focus);
        Assert.Equal(PayGapGroup.White, report.Ethnicity().Reference);
        Assert.Equal(PayGapGroup.Bme, report.Ethnicity().Focus);
        Assert.Equal(PayGapGroup.NonDisabled, report.Disability().Reference);
        Assert.Equal(PayGapGroup.Disabled, report.Disability().Focus);
        Assert.Equal(PayGapUndefinedReason.FocusGroupEmpty, report.Ethnicity().MeanHourlyGap.UndefinedReason);
    }

    // ---- Undefined gaps ----

    [Fact]
    public void Calculate_ReferenceMeanZero_BothHourlyGapsUndefined()
    {
        var report = PayGapTesting.Report([.. Men("m", Times(10, 0m)), .. Women("w", Times(10, 5m))]);
        var sex = report.Sex();

        Assert.Null(sex.MeanHourlyGap.Percent);
        Assert.Equal(PayGapUndefinedReason.ReferenceAverageIsZero, sex.MeanHourlyGap.UndefinedReason);
        Assert.Equal(PayGapUndefinedReason.ReferenceAverageIsZero, sex.MedianHourlyGap.UndefinedReason);
        Assert.False(sex.MeanHourlyGap.IsSuppressed);
        Assert.Equal(new GroupFigures(0.0, 5.0), sex.MeanHourly);
        Assert.DoesNotContain(sex.Suppressed, s => s.Measure <= PayGapMeasure.MedianHourlyGap);
    }

    [Fact]
    public void Calculate_ReferenceMedianZeroButMeanNot_OnlyTheMedianGapUndefined()
    {
        var report = PayGapTesting.Report([.. Men("m", [.. Times(6, 0m), .. Times(4, 10m)]), .. Women("w", Times(10, 2m))]);
        var sex = report.Sex();

        Assert.Equal(4.0, sex.MeanHourly.Reference);
        Assert.Equal(50.0, sex.MeanHourlyGap.Percent!.Value, 12);
        Assert.Equal(PayGapUndefinedReason.ReferenceAverageIsZero, sex.MedianHourlyGap.UndefinedReason);
    }

    [Fact]
    public void Calculate_EmptyGroupsWithoutSuppression_UndefinedWithTheEmptyGroup()
    {
        var onlyMen = PayGapTesting.Report(Men("m", 10m, 12m), threshold: 0).Sex();
        var onlyWomen = PayGapTesting.Report(Women("w", 10m, 12m), threshold: 0).Sex();

        Assert.Equal(PayGapUndefinedReason.FocusGroupEmpty, onlyMen.MeanHourlyGap.UndefinedReason);
        Assert.Equal(PayGapUndefinedReason.ReferenceGroupEmpty, onlyWomen.MedianHourlyGap.UndefinedReason);
        Assert.Equal(PayGapUndefinedReason.ReferenceGroupEmpty, onlyWomen.MeanBonusGap.UndefinedReason);
        Assert.Equal(new GroupFigures(11.0, null), onlyMen.MeanHourly);
    }

    // ---- Suppression below the threshold ----

    [Fact]
    public void Calculate_NineWomen_HourlyMeasuresSuppressedForTheFocusGroup()
    {
        var sex = PayGapTesting.Report([.. Men("m", Times(10, 20m)), .. Women("w", Times(9, 18m))]).Sex();

        Assert.Null(sex.MeanHourlyGap.Percent);
        Assert.Equal(PayGapSuppression.FocusGroupTooSmall, sex.MeanHourlyGap.Suppression);
        Assert.Equal(PayGapSuppression.FocusGroupTooSmall, sex.MedianHourlyGap.Suppression);
        Assert.Equal(new GroupFigures(null, null), sex.MeanHourly);
        Assert.Equal(new GroupFigures(null, null), sex.MedianHourly);
        Assert.Equal(
            [PayGapMeasure.MeanHourly, PayGapMeasure.MedianHourly, PayGapMeasure.MeanHourlyGap, PayGapMeasure.MedianHourlyGap, PayGapMeasure.BonusProportion],
            sex.Suppressed.Select(s => s.Measure).Where(m => m != PayGapMeasure.MeanBonusGap && m != PayGapMeasure.MedianBonusGap));
        Assert.All(sex.Suppressed.Where(s => s.Measure <= PayGapMeasure.MedianHourlyGap), s => Assert.Equal(PayGapSuppression.FocusGroupTooSmall, s.Reason));
    }

    [Fact]
    public void Calculate_TenInEachGroup_NothingHourlySuppressed()
    {
        var sex = PayGapTesting.Report([.. Men("m", Times(10, 20m)), .. Women("w", Times(10, 18m))]).Sex();

        Assert.Equal(10.0, sex.MeanHourlyGap.Percent!.Value, 12);
        Assert.DoesNotContain(sex.Suppressed, s => s.Measure is PayGapMeasure.MeanHourlyGap or PayGapMeasure.MeanHourly);
    }

    [Fact]
    public void Calculate_BothGroupsSmall_SuppressionReasonNamesBoth()
    {
        var sex = PayGapTesting.Report([.. Men("m", 20m), .. Women("w", 18m)]).Sex();

        Assert.Equal(PayGapSuppression.BothGroupsTooSmall, sex.MeanHourlyGap.Suppression);
        Assert.Equal(PayGapSuppression.BothGroupsTooSmall, sex.Suppressed.Single(s => s.Measure == PayGapMeasure.BonusProportion).Reason);
        Assert.Equal(new GroupFigures(null, null), sex.BonusProportion);
        Assert.Equal(7, sex.Suppressed.Count);
    }

    [Fact]
    public void Calculate_SmallReferenceGroupPaidZero_SuppressionWinsOverTheUndefinedReason()
    {
        var sex = PayGapTesting.Report([.. Men("m", Times(5, 0m)), .. Women("w", Times(10, 5m))]).Sex();

        Assert.Equal(PayGapSuppression.ReferenceGroupTooSmall, sex.MeanHourlyGap.Suppression);
        Assert.Equal(PayGapUndefinedReason.None, sex.MeanHourlyGap.UndefinedReason);
        Assert.Equal(PayGapUndefinedReason.None, sex.MedianHourlyGap.UndefinedReason);
    }

    [Fact]
    public void Calculate_ThresholdOption_DecidesTheSmallestUnsuppressedGroup()
    {
        var rows = Men("m", 20m, 20m, 20m).Concat(Women("w", 10m, 10m, 10m)).ToList();

        Assert.True(PayGapTesting.Report(rows, threshold: 4).Sex().MeanHourlyGap.IsSuppressed);
        Assert.Equal(50.0, PayGapTesting.Report(rows, threshold: 3).Sex().MeanHourlyGap.Percent);
    }

    // ---- Bonus gaps and proportions ----

    [Fact]
    public void Calculate_Bonuses_MeanAndMedianGapsOverRecipientsAndProportionsOverRelevant()
    {
        var men = Men("m", Times(10, 20m)).Select((r, i) => r with { Bonus12Months = 1000m + (i * 100m) });
        var women = Women("w", Times(15, 20m)).Select((r, i) => r with { Bonus12Months = i < 10 ? 800m + (i * 80m) : null });
        var sex = PayGapTesting.Report([.. men, .. women]).Sex();

        // Men: 1000..1900, mean 1450, median 1450. Women: 800..1520, mean 1160, median 1160.
        Assert.Equal(new PayGroupCounts(10, 10, 0, 0), sex.BonusRecipients);
        Assert.Equal(20.0, sex.MeanBonusGap.Percent!.Value, 12);
        Assert.Equal(20.0, sex.MedianBonusGap.Percent!.Value, 12);
        Assert.Equal(100.0, sex.BonusProportion.Reference);
        Assert.Equal(200.0 / 3.0, sex.BonusProportion.Focus!.Value, 12);
    }

    [Fact]
    public void Calculate_ReducedPayRows_CountForBonusMeasuresOnly()
    {
        var men = Men("m", Times(10, 20m)).Select(r => r with { Bonus12Months = 500m });
        var women = Women("w", Times(10, 20m)).Select((r, i) => i < 4
            ? r with { FullPay = false, HourlyRate = null, Bonus12Months = 250m }
            : r with { Bonus12Months = 500m });
        var sex = PayGapTesting.Report([.. men, .. women]).Sex();

        Assert.Equal(new PayGroupCounts(10, 10, 0, 0), sex.Relevant);
        Assert.Equal(new PayGroupCounts(10, 6, 0, 0), sex.FullPayRelevant);
        Assert.Equal(new PayGroupCounts(10, 10, 0, 0), sex.BonusRecipients);
        Assert.Equal(20.0, sex.MeanBonusGap.Percent!.Value, 12); // women: (4 × 250 + 6 × 500) ÷ 10 = 400
        Assert.Equal(PayGapSuppression.FocusGroupTooSmall, sex.MeanHourlyGap.Suppression);
        Assert.Equal(10 + 6, sex.Quartiles.Sum(q => q.People));
    }

    [Fact]
    public void Calculate_NineBonusRecipients_BonusGapsSuppressedButNotProportions()
    {
        var men = Men("m", Times(10, 20m)).Select(r => r with { Bonus12Months = 500m });
        var women = Women("w", Times(10, 20m)).Select((r, i) => r with { Bonus12Months = i < 9 ? 400m : 0m });
        var sex = PayGapTesting.Report([.. men, .. women]).Sex();

        Assert.Equal(PayGapSuppression.FocusGroupTooSmall, sex.MeanBonusGap.Suppression);
        Assert.Equal(PayGapSuppression.FocusGroupTooSmall, sex.MedianBonusGap.Suppression);
        Assert.Equal(new GroupFigures(100.0, 90.0), sex.BonusProportion);
        Assert.DoesNotContain(sex.Suppressed, s => s.Measure == PayGapMeasure.BonusProportion);
    }

    // ---- Composition ----

    [Fact]
    public void Calculate_UnknownAndOtherSexes_CountedAsUnknownAndInTheUndisclosedShare()
    {
        var rows = Men("m", 10m, 10m).Concat(Women("w", 10m)).Concat(People("x", r => r with { Sex = Sex.Unknown }, 10m)).Concat(People("o", r => r with { Sex = Sex.Other }, 10m));
        var sex = PayGapTesting.Report(rows).Sex();

        Assert.Equal(new PayGroupCounts(2, 1, 2, 0), sex.Relevant);
        Assert.Equal(40.0, sex.UndisclosedPercent);
    }

    // ---- By band ----

    [Fact]
    public void Calculate_ByBand_MeansMediansAndGapsPerBandInBandOrder()
    {
        var rows = Men("m6-", Times(10, 20m)).Select(r => r with { Grade = Grade.Band6 })
            .Concat(Women("w6-", Times(2, 20m)).Select(r => r with { Grade = Grade.Band6 }))
            .Concat(Men("m5-", [.. Times(5, 15m), .. Times(5, 16m)]))
            .Concat(Women("w5-", Times(10, 14m)))
            .Concat(Women("wn-", 30m).Select(r => r with { Grade = null }));
        var sex = PayGapTesting.Report(rows).Sex();

        Assert.Equal([Grade.Band5, Grade.Band6], sex.ByBand.Select(b => b.Band));
        var band5 = sex.ByBand[0];
        Assert.Equal(new PayGroupCounts(10, 10, 0, 0), band5.FullPayRelevant);
        Assert.Equal(new GroupFigures(15.5, 14.0), band5.MeanHourly);
        Assert.Equal(new GroupFigures(15.5, 14.0), band5.MedianHourly);
        Assert.Equal(1.5 * 100.0 / 15.5, band5.MeanHourlyGap.Percent!.Value, 12);
        Assert.Empty(band5.Suppressed);
        var band6 = sex.ByBand[1];
        Assert.Equal(PayGapSuppression.FocusGroupTooSmall, band6.MeanHourlyGap.Suppression);
        Assert.Equal(new GroupFigures(null, null), band6.MedianHourly);
        Assert.Equal(4, band6.Suppressed.Count);
        Assert.Equal(33, sex.FullPayRelevant.Total);
    }

    // ---- Hourly pay from amounts ----

    [Fact]
    public void Calculate_OrdinaryPay_HourlyIsPayTimesSevenOverDaysOverHours()
    {
        // 3100 × 7 ÷ 31 (March) ÷ 35 = 20.
        var row = Row() with { HourlyRate = null, OrdinaryPay = 3100m, WeeklyHours = 35m };

        Assert.Equal(20.0, MeanOf(row), 12);
        Assert.Equal(20.0, MeanOf(row with { OrdinaryPay = 3000m, BonusInPeriod = 100m }), 12);
        Assert.Equal(20.0, MeanOf(row with { OrdinaryPay = 2800m, PayPeriodDays = 28 }), 12);
    }

    [Fact]
    public void Calculate_DefaultPayPeriod_IsTheDaysOfTheSnapshotMonthUnlessSet()
    {
        var row = Row() with { HourlyRate = null, OrdinaryPay = 2900m, WeeklyHours = 35m };

        var leapFebruary = PayGapTesting.Calculator(threshold: 0).Calculate([row], new NodaTime.LocalDate(2028, 2, 29));
        var fixedDays = PayGapTesting.Calculator(threshold: 0, days: 28).Calculate([row with { OrdinaryPay = 2800m }], PayGapTesting.Snapshot);

        Assert.Equal(29, leapFebruary.DefaultPayPeriodDays);
        Assert.Equal(20.0, leapFebruary.Sex().MeanHourly.Focus!.Value, 12);
        Assert.Equal(28, fixedDays.DefaultPayPeriodDays);
        Assert.Equal(20.0, fixedDays.Sex().MeanHourly.Focus!.Value, 12);
        Assert.Equal(31, PayGapTesting.Report([row]).DefaultPayPeriodDays);
    }

    [Fact]
    public void Calculate_HourlyRateGiven_WinsOverTheAmounts()
    {
        Assert.Equal(12.0, MeanOf(Row(rate: 12m) with { OrdinaryPay = 3100m, WeeklyHours = 35m }), 12);
    }

    [Fact]
    public void Calculate_RateZero_IsValidAndCounted()
    {
        var report = PayGapTesting.Report([Row("a", 0m), Row("b", 10m)], threshold: 0);

        Assert.Equal(5.0, report.Sex().MeanHourly.Focus);
        Assert.Equal(2, report.DataQuality.Sources[0].RowsCounted);
    }

    // ---- People, not assignments ----

    [Fact]
    public void Calculate_SeveralAmountRows_PayAndHoursSummedBeforeDividing()
    {
        // 1550 × 7 ÷ 31 = 350 a week over 37.5 hours, and 620 × 7 ÷ 31 = 140 over 7.5: 490 ÷ 45, not the rates' mean of 14.
        var first = Row("p") with { HourlyRate = null, OrdinaryPay = 1550m, WeeklyHours = 37.5m };
        var second = first with { OrdinaryPay = 620m, WeeklyHours = 7.5m };

        Assert.Equal(490.0 / 45.0, MeanOf(first, second), 12);
    }

    [Fact]
    public void Calculate_SeveralRateRowsWithHours_MeanWeightedByHours()
    {
        Assert.Equal(12.5, MeanOf(Row("p", 10m) with { WeeklyHours = 30m }, Row("p", 20m) with { WeeklyHours = 10m }), 12);
    }

    [Fact]
    public void Calculate_RateRowWithoutHours_PlainMeanOfTheRates()
    {
        Assert.Equal(15.0, MeanOf(Row("p", 10m) with { WeeklyHours = 30m }, Row("p", 20m)), 12);
    }

    [Fact]
    public void Calculate_SeveralRows_OnePersonAndBonusesSummed()
    {
        var rows = new[]
        {
            Row("p") with { Bonus12Months = 100m, Category = AssignmentCategory.Bank },
            Row("p") with { Bonus12Months = 50m },
            Row("q"),
            Row("m") with { Sex = Sex.Male, Bonus12Months = 300m },
        };
        var report = PayGapTesting.Report(rows, threshold: 0);

        Assert.Equal(3, report.RelevantEmployees);
        Assert.Equal(new PayGroupCounts(1, 2, 0, 0), report.Sex().Relevant);
        Assert.Equal(new PayGroupCounts(1, 1, 0, 0), report.Sex().BonusRecipients);
        Assert.Equal(50.0, report.Sex().MeanBonusGap.Percent); // p's 100 + 50 against 300
    }

    [Fact]
    public void Calculate_LongEmployeeNumbersSharingTheirFirstEightBytes_DifferentPeople()
    {
        var pay = new[]
        {
            Row("EMPLOYEE-000000001") with { EthnicOrigin = null }, Row("EMPLOYEE-000000002") with { EthnicOrigin = null },
            Row("EMPLOYEE-000000001") with { EthnicOrigin = null }, Row("1234") with { EthnicOrigin = null }, Row("1234\0") with { EthnicOrigin = null },
        };
        var staff = new[] { Valid.Staff("EMPLOYEE-000000002", EthnicCategory.BlackAfrican), Valid.Staff("1234\0", EthnicCategory.WhiteIrish) };

        var report = PayGapTesting.Calculator(threshold: 0).Calculate(pay, PayGapTesting.Snapshot, staff);

        Assert.Equal(4, report.RelevantEmployees);
        Assert.Equal(new PayGroupCounts(1, 1, 2, 0), report.Ethnicity().Relevant);
    }

    [Fact]
    public void Calculate_OneRowNotOnFullPay_ThePersonIsNotFullPay()
    {
        var report = PayGapTesting.Report([Row("p"), Row("p") with { FullPay = false }], threshold: 0);

        Assert.Equal(1, report.RelevantEmployees);
        Assert.Equal(0, report.FullPayRelevantEmployees);
    }

    [Fact]
    public void Calculate_GroupValues_FirstGivenWinsAndADisagreeingRowWarns()
    {
        var rows = new[]
        {
            Row("p") with { Sex = Sex.Unknown, EthnicOrigin = null },
            Row("p") with { Sex = Sex.Male, EthnicOrigin = EthnicCategory.BlackAfrican },
            Row("p") with { Sex = Sex.Female, EthnicOrigin = EthnicCategory.BlackAfrican },
        };
        var report = PayGapTesting.Report(rows, threshold: 0);

        Assert.Equal(new PayGroupCounts(1, 0, 0, 0), report.Sex().Relevant);
        Assert.Equal(new PayGroupCounts(0, 1, 0, 0), report.Ethnicity().Relevant);
        var warning = Assert.Single(report.DataQuality.Sources[0].Issues);
        Assert.Equal((WresErrorCodes.ConflictingPayCharacteristic, "Sex", 3), (warning.Code, warning.Column, warning.Line));
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Calculate_PostsInTwoBands_TheFirstBandWithoutAWarning()
    {
        var rows = new[] { Row("p", 15m) with { Grade = Grade.Band5, WeeklyHours = 30m }, Row("p", 20m) with { Grade = Grade.Band6, WeeklyHours = 7.5m } };

        var report = PayGapTesting.Report(rows, threshold: 0);

        Assert.Equal(Grade.Band5, Assert.Single(report.Sex().ByBand).Band);
        Assert.Equal(16.0, report.Sex().ByBand[0].MeanHourly.Focus!.Value, 12); // (15 × 30 + 20 × 7.5) ÷ 37.5
        Assert.Empty(report.DataQuality.Sources[0].Issues);
    }

    // ---- Scope and rejected rows ----

    [Fact]
    public void Calculate_HonoraryRow_ExcludedByItsRuleEvenWithoutPay()
    {
        var report = PayGapTesting.Report([Row("p") with { Category = AssignmentCategory.Honorary, HourlyRate = null }, Row("q") with { Category = AssignmentCategory.Bank }], threshold: 0);
        var quality = report.DataQuality.Sources[0];

        Assert.Equal(1, report.RelevantEmployees);
        Assert.Equal((2, 1, 1, 0), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal(ExclusionRule.HonoraryAssignment, Assert.Single(quality.Exclusions).Rule);
    }

    public static TheoryData<string, string> NegativeColumns => new()
    {
        { "Hourly Rate", WresErrorCodes.NegativePayAmount },
        { "Ordinary Pay", WresErrorCodes.NegativePayAmount },
        { "Weekly Hours", WresErrorCodes.NegativePayAmount },
        { "Pay Period Days", WresErrorCodes.NegativePayAmount },
        { "Bonus In Period", WresErrorCodes.NegativePayAmount },
        { "Bonus 12 Months", WresErrorCodes.NegativePayAmount },
    };

    [Theory]
    [MemberData(nameof(NegativeColumns))]
    public void Calculate_NegativeValue_RowRejectedWithItsColumnAndCode(string column, string code)
    {
        var row = column switch
        {
            "Hourly Rate" => Row() with { HourlyRate = -1m },
            "Ordinary Pay" => Row() with { OrdinaryPay = -1m },
            "Weekly Hours" => Row() with { WeeklyHours = -1m },
            "Pay Period Days" => Row() with { PayPeriodDays = -1 },
            "Bonus In Period" => Row() with { BonusInPeriod = -0.01m },
            _ => Row() with { Bonus12Months = -0.01m },
        };

        AssertRejected(row, column, code);
    }

    [Fact]
    public void Calculate_FullPayRowWithoutHourlyPay_Rejected() =>
        AssertRejected(Row() with { HourlyRate = null, OrdinaryPay = 100m }, "Hourly Rate", WresErrorCodes.HourlyPayMissing);

    [Fact]
    public void Calculate_ZeroHoursUnderOrdinaryPay_Rejected() =>
        AssertRejected(Row() with { HourlyRate = null, OrdinaryPay = 100m, WeeklyHours = 0m }, "Weekly Hours", WresErrorCodes.ZeroHoursOrPayPeriod);

    [Fact]
    public void Calculate_ZeroPayPeriodDays_Rejected() =>
        AssertRejected(Row() with { PayPeriodDays = 0 }, "Pay Period Days", WresErrorCodes.ZeroHoursOrPayPeriod);

    [Fact]
    public void Calculate_BlankEmployeeNumber_Rejected() =>
        AssertRejected(Row(" "), "Employee Number", WresErrorCodes.RequiredValueMissing);

    [Fact]
    public void Calculate_ReducedPayRowWithoutHourlyPay_Counted()
    {
        var quality = PayGapTesting.Report([Row() with { FullPay = false, HourlyRate = null, WeeklyHours = 0m }]).DataQuality.Sources[0];

        Assert.Equal((1, 1), (quality.RowsRead, quality.RowsCounted));
    }

    // ---- Ethnicity and disability from the staff data ----

    [Fact]
    public void Calculate_PayRowWithoutEthnicityOrDisability_TakesTheStaffData()
    {
        var pay = new[] { Row("p") with { EthnicOrigin = null, Disability = null }, Row("q") with { EthnicOrigin = EthnicCategory.WhiteIrish, Disability = null } };
        var staff = new[]
        {
            Valid.Staff("p", EthnicCategory.AsianPakistani) with { Disability = DisabilityGroup.Disabled },
            Valid.Staff("q", EthnicCategory.BlackCaribbean) with { Disability = DisabilityGroup.Unknown },
            Valid.Staff("q", EthnicCategory.BlackCaribbean) with { Disability = DisabilityGroup.Disabled },
        };

        var report = PayGapTesting.Calculator(threshold: 0).Calculate(pay, PayGapTesting.Snapshot, staff);

        Assert.True(report.StaffProvided);
        Assert.Equal(new PayGroupCounts(1, 1, 0, 0), report.Ethnicity().Relevant); // q's own White Irish wins over the staff data
        Assert.Equal(new PayGroupCounts(0, 2, 0, 0), report.Disability().Relevant); // q's first staff row is blank (Unknown), its second says disabled
        Assert.Empty(report.DataQuality.Sources[0].Issues);
    }

    [Fact]
    public void Calculate_PersonMissingFromTheStaffData_UnknownWithAWarning()
    {
        var pay = new[] { Row("p") with { EthnicOrigin = null }, Row("q") with { EthnicOrigin = null } };

        var withStaff = PayGapTesting.Calculator(threshold: 0).Calculate(pay, PayGapTesting.Snapshot, [Valid.Staff("q")]);
        var withoutStaff = PayGapTesting.Calculator(threshold: 0).Calculate(pay, PayGapTesting.Snapshot);

        Assert.Equal(new PayGroupCounts(1, 0, 1, 0), withStaff.Ethnicity().Relevant);
        var warning = Assert.Single(withStaff.DataQuality.Sources[0].Issues);
        Assert.Equal((WresErrorCodes.PayEmployeeNotInStaff, 1), (warning.Code, warning.Line));
        Assert.Equal(new PayGroupCounts(0, 0, 2, 0), withoutStaff.Ethnicity().Relevant);
        Assert.Empty(withoutStaff.DataQuality.Sources[0].Issues);
    }

    // ---- Ethnicity bases ----

    [Fact]
    public void Calculate_WhiteBritishBasis_WhiteIrishIsInTheFocusGroup()
    {
        var rows = new[] { Row("a"), Row("b") with { EthnicOrigin = EthnicCategory.WhiteIrish }, Row("c") with { EthnicOrigin = EthnicCategory.AsianIndian }, Row("d") with { EthnicOrigin = EthnicCategory.NotStated } };

        var gap = PayGapTesting.Calculator(threshold: 0, basis: EthnicityPayGapBasis.WhiteBritishAndOthers).Calculate(rows, PayGapTesting.Snapshot).Ethnicity();

        Assert.Equal((PayGapGroup.WhiteBritish, PayGapGroup.AllOtherEthnicGroups), (gap.Reference, gap.Focus));
        Assert.Equal(new PayGroupCounts(1, 2, 1, 0), gap.Relevant);
    }

    [Fact]
    public void Calculate_DetailedBasis_SixComparisonsAgainstWhiteBritishWithTheRestOther()
    {
        var rows = new[]
        {
            Row("a", 20m), Row("b", 10m) with { EthnicOrigin = EthnicCategory.BlackAfrican }, Row("c", 15m) with { EthnicOrigin = EthnicCategory.AsianIndian },
            Row("d", 12m) with { EthnicOrigin = EthnicCategory.Parse("CA") }, Row("e") with { EthnicOrigin = null },
        };

        var report = PayGapTesting.Calculator(threshold: 0, basis: EthnicityPayGapBasis.DetailedGroups).Calculate(rows, PayGapTesting.Snapshot);
        var ethnic = report.Gaps.Where(g => g.Characteristic == PayGapCharacteristic.Ethnicity).ToList();

        Assert.Equal(8, report.Gaps.Count);
        Assert.Equal([PayGapGroup.WhiteIrish, PayGapGroup.WhiteOther, PayGapGroup.Mixed, PayGapGroup.Asian, PayGapGroup.Black, PayGapGroup.OtherEthnicGroup], ethnic.Select(g => g.Focus));
        Assert.All(ethnic, g => Assert.Equal(PayGapGroup.WhiteBritish, g.Reference));
        var black = ethnic.Single(g => g.Focus == PayGapGroup.Black);
        Assert.Equal(new PayGroupCounts(1, 1, 1, 2), black.Relevant);
        Assert.Equal(50.0, black.MeanHourlyGap.Percent);
        Assert.Equal(new PayGroupCounts(1, 1, 1, 2), ethnic.Single(g => g.Focus == PayGapGroup.WhiteOther).Relevant);
        Assert.Equal(40.0, ethnic.Single(g => g.Focus == PayGapGroup.WhiteOther).MeanHourlyGap.Percent);
    }

    // ---- Helpers ----

    private static IEnumerable<PayRecord> Reference(PayGapCharacteristic characteristic, params decimal[] rates) => characteristic switch
    {
        PayGapCharacteristic.Sex => Men("r", rates),
        PayGapCharacteristic.Ethnicity => People("r", r => r with { Sex = Sex.Unknown, EthnicOrigin = EthnicCategory.WhiteOther }, rates),
        _ => People("r", r => r with { Sex = Sex.Unknown, EthnicOrigin = null, Disability = DisabilityGroup.NonDisabled }, rates),
    };

    private static IEnumerable<PayRecord> Focus(PayGapCharacteristic characteristic, params decimal[] rates) => characteristic switch
    {
        PayGapCharacteristic.Sex => Women("f", rates),
        PayGapCharacteristic.Ethnicity => People("f", r => r with { Sex = Sex.Unknown, EthnicOrigin = EthnicCategory.BlackCaribbean }, rates),
        _ => People("f", r => r with { Sex = Sex.Unknown, EthnicOrigin = null, Disability = DisabilityGroup.Disabled }, rates),
    };

    /// <summary>The mean hourly pay of the (female) rows' people, with nothing suppressed.</summary>
    private static double MeanOf(params PayRecord[] rows) => PayGapTesting.Report(rows, threshold: 0).Sex().MeanHourly.Focus!.Value;

    private static void AssertRejected(PayRecord row, string column, string code)
    {
        var report = PayGapTesting.Report([row, Row("other")]);
        var quality = report.DataQuality.Sources[0];

        Assert.Equal((2, 1, 0, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        var issue = Assert.Single(quality.Issues);
        Assert.Equal((code, column, IssueSeverity.Error, 1), (issue.Code, issue.Column, issue.Severity, issue.Line));
        Assert.Equal(1, report.RelevantEmployees);
        Assert.Equal(new PayRecordValidator().Validate(row).Errors.First().ErrorCode, code);
    }
}
