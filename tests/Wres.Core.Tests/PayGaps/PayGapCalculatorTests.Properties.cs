using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.PayGaps;
using Wres.Core.Tests.Generators;

namespace Wres.Core.Tests.PayGaps;

/// <summary>The laws every report obeys, whatever the rows.</summary>
public partial class PayGapCalculatorTests
{
    [Property(MaxTest = 150)]
    public Property Calculate_EveryHourlyRateScaledByOneFactor_EveryGapUnchanged() =>
        Prop.ForAll(PayGenerators.Rows(pool: 50, maxRows: 120).ToArbitrary(), PayGenerators.Factor.ToArbitrary(), (rows, factor) =>
        {
            var scaled = rows.Select(r => r with { HourlyRate = r.HourlyRate * factor, OrdinaryPay = r.OrdinaryPay * factor, BonusInPeriod = r.BonusInPeriod * factor }).ToList();
            var calculator = PayGapTesting.Calculator(threshold: 0, basis: EthnicityPayGapBasis.DetailedGroups);

            var before = calculator.Calculate(rows, PayGapTesting.Snapshot);
            var after = calculator.Calculate(scaled, PayGapTesting.Snapshot);

            return before.Gaps.Zip(after.Gaps).All(pair =>
                SameGap(pair.First.MeanHourlyGap, pair.Second.MeanHourlyGap)
                && SameGap(pair.First.MedianHourlyGap, pair.Second.MedianHourlyGap)
                && SameGap(pair.First.MeanBonusGap, pair.Second.MeanBonusGap)
                && SameGap(pair.First.MedianBonusGap, pair.Second.MedianBonusGap)
                && pair.First.ByBand.Zip(pair.Second.ByBand).All(b => SameGap(b.First.MeanHourlyGap, b.Second.MeanHourlyGap) && SameGap(b.First.MedianHourlyGap, b.Second.MedianHourlyGap))
                && pair.First.Quartiles.Select(q => q.Counts).SequenceEqual(pair.Second.Quartiles.Select(q => q.Counts)));
        });

    [Property(MaxTest = 150)]
    public Property Calculate_FocusGroupPaidExactlyAsTheReferenceGroup_EveryGapZero() =>
        Prop.ForAll(PayGenerators.Rows(pool: 30, maxRows: 80).ToArbitrary(), rows =>
        {
            // Every valid row twice: once for a man, once (another person) for a woman, in the same order.
            var valid = rows.Where(r => PayRecordRules.Check(r) is null && !PayRecordRules.IsOutOfScope(r)).ToList();
            var men = valid.Select(r => r with { EmployeeNumber = "M" + r.EmployeeNumber, Sex = Sex.Male });
            var women = valid.Select(r => r with { EmployeeNumber = "W" + r.EmployeeNumber, Sex = Sex.Female });

            var sex = PayGapTesting.Calculator(threshold: 0).Calculate([.. men, .. women], PayGapTesting.Snapshot).Sex();

            return ZeroOrUndefined(sex.MeanHourlyGap) && ZeroOrUndefined(sex.MedianHourlyGap)
                && ZeroOrUndefined(sex.MeanBonusGap) && ZeroOrUndefined(sex.MedianBonusGap)
                && sex.MeanHourly.Reference == sex.MeanHourly.Focus
                && sex.BonusProportion.Reference == sex.BonusProportion.Focus
                && sex.ByBand.All(b => ZeroOrUndefined(b.MeanHourlyGap) && ZeroOrUndefined(b.MedianHourlyGap));
        });

    /// <summary>Both undefined (or suppressed) for the same reason, or equal within rounding (gaps are percentages).</summary>
    private static bool SameGap(PayGap a, PayGap b) =>
        a.UndefinedReason == b.UndefinedReason && a.Suppression == b.Suppression
        && (a.Percent is null ? b.Percent is null : b.Percent is { } p && Math.Abs(a.Percent.Value - p) <= 1e-9 * Math.Max(1.0, Math.Abs(p)));

    /// <summary>Exactly 0, or undefined because there is nobody (or the reference average is 0, so the focus one is too).</summary>
    private static bool ZeroOrUndefined(PayGap gap) =>
        gap.Percent is { } percent ? percent == 0.0 : gap.UndefinedReason is PayGapUndefinedReason.ReferenceGroupEmpty or PayGapUndefinedReason.ReferenceAverageIsZero;
}
