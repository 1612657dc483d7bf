using FsCheck;
using FsCheck.Fluent;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Generators;

/// <summary>Generators for pay rows: several rows per person, every way of giving hourly pay, and some bad and out-of-scope rows.</summary>
internal static class PayGenerators
{
    private static readonly Gen<decimal> Amount = Gen.Choose(0, 400_000).Select(pennies => pennies / 100m);

    private static readonly Gen<decimal> Rate = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (2, Gen.Elements(11.5m, 12.21m, 15m, 20m, 25.75m)),
        (7, Gen.Choose(1_000, 9_000).Select(pennies => pennies / 100m)));

    private static readonly Gen<decimal?> Hours = Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (5, Gen.Elements<decimal?>(7.5m, 15m, 22.5m, 30m, 37.5m, 40m)));

    /// <summary>A valid full-pay or reduced-pay row with an hourly rate, or amounts, or (reduced pay only) neither.</summary>
    public static Gen<PayRecord> ValidRow(int pool) =>
        from employee in DomainGenerators.EmployeeNumber(pool)
        from fullPay in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from kind in Gen.Choose(0, 2)
        from rate in Rate
        from hours in Hours
        from pay in Amount
        from days in Gen.Elements<int?>(null, null, 28, 30, 31)
        from bonusInPeriod in Gen.Elements<decimal?>(null, null, 0m, 50m, 250.5m)
        from bonus in Gen.Frequency((3, Gen.Constant<decimal?>(null)), (1, Amount.Select(a => (decimal?)a)))
        from ethnicity in Gen.Elements<EthnicCategory?>(null, EthnicCategory.WhiteBritish, EthnicCategory.WhiteIrish, EthnicCategory.WhiteOther, EthnicCategory.AsianIndian, EthnicCategory.BlackAfrican, EthnicCategory.MixedOther, EthnicCategory.Chinese, EthnicCategory.NotStated)
        from disability in Gen.Elements<DisabilityGroup?>(null, DisabilityGroup.Unknown, DisabilityGroup.NonDisabled, DisabilityGroup.NonDisabled, DisabilityGroup.Disabled)
        from sex in Gen.Elements(Sex.Unknown, Sex.Male, Sex.Male, Sex.Female, Sex.Female, Sex.Other)
        from grade in Gen.Elements<Grade?>(null, Grade.Band3, Grade.Band5, Grade.Band6, Grade.Band8A, Grade.Consultant)
        from category in Gen.Elements(AssignmentCategory.Permanent, AssignmentCategory.Permanent, AssignmentCategory.Bank, AssignmentCategory.FixedTerm)
        select new PayRecord
        {
            EmployeeNumber = employee,
            FullPay = fullPay,
            HourlyRate = kind == 0 ? rate : null,
            WeeklyHours = kind == 1 ? (hours ?? 37.5m) : kind == 0 ? hours : null,
            OrdinaryPay = kind == 1 ? pay : null,
            PayPeriodDays = kind == 1 ? days : null,
            BonusInPeriod = kind == 1 ? bonusInPeriod : null,
            Bonus12Months = bonus,
            EthnicOrigin = ethnicity,
            Disability = disability,
            Sex = sex,
            Grade = grade,
            Category = category,
        } into row
        select !row.FullPay || row.HourlyRate is not null || row.OrdinaryPay is not null ? row : row with { HourlyRate = 15m };

    /// <summary>A row that is rejected (a negative amount, no hourly pay, zero hours or a blank employee number) or excluded (honorary).</summary>
    public static Gen<PayRecord> BadRow(int pool) =>
        from row in ValidRow(pool)
        from fault in Gen.Choose(0, 5)
        select fault switch
        {
            0 => row with { HourlyRate = -0.01m },
            1 => row with { FullPay = true, HourlyRate = null, OrdinaryPay = null },
            2 => row with { FullPay = true, HourlyRate = null, OrdinaryPay = 100m, WeeklyHours = 0m },
            3 => row with { EmployeeNumber = " " },
            4 => row with { Bonus12Months = -5m },
            _ => row with { Category = AssignmentCategory.Honorary, HourlyRate = null, OrdinaryPay = null },
        };

    public static Gen<List<PayRecord>> Rows(int pool, int maxRows) =>
        from count in Gen.Choose(0, maxRows)
        from rows in Gen.Frequency((12, ValidRow(pool)), (1, BadRow(pool))).ListOf(count)
        select rows.ToList();

    public static Gen<List<StaffAssignment>> Staff(int pool) =>
        from rows in DomainGenerators.StaffAssignment(pool).ListOf()
        select rows.ToList();

    /// <summary>A positive factor to scale hourly pay by.</summary>
    public static Gen<decimal> Factor { get; } = Gen.Elements(0.01m, 0.5m, 1.5m, 2m, 3.7m, 10m, 123.45m);
}
