using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.PayGaps;

/// <summary>
/// The rules on one pay row, in one place: <see cref="PayRecordValidator"/> states them with the same
/// predicates, codes and messages, and the accumulator applies them without allocating, rejecting a row
/// at its first broken rule.
/// </summary>
internal static class PayRecordRules
{
    public const string HourlyPayMissingMessage =
        "A full-pay row needs Hourly Rate, or Ordinary Pay and Weekly Hours, to compute hourly pay.";

    public const string ZeroHoursMessage =
        "Weekly Hours is 0, so hourly pay cannot be computed from Ordinary Pay.";

    public const string ZeroPayPeriodMessage = "Pay Period Days must be at least 1.";

    /// <summary>Honorary assignments are unpaid: not relevant employees, set aside before the pay is looked at.</summary>
    public static bool IsOutOfScope(PayRecord record) => record.Category == AssignmentCategory.Honorary;

    /// <inheritdoc cref="IsOutOfScope(PayRecord)"/>
    public static bool IsOutOfScope(in PayFacts facts) => facts.Category == AssignmentCategory.Honorary;

    public static bool IsNonNegative(decimal? amount) => amount is not { } value || value >= 0m;

    public static bool IsNonNegative(int? days) => days is not { } value || value >= 0;

    /// <summary>Whether a full-pay row gives a way to compute hourly pay.</summary>
    public static bool HasHourlyPay(PayRecord record) => HasHourlyPay(PayFacts.Of(record));

    /// <inheritdoc cref="HasHourlyPay(PayRecord)"/>
    public static bool HasHourlyPay(in PayFacts record) =>
        !record.FullPay || record.HourlyRate is not null || (record.OrdinaryPay is not null && record.WeeklyHours is not null);

    /// <summary>Whether hourly pay computed from Ordinary Pay would divide by zero hours.</summary>
    public static bool HasHoursToDivideBy(PayRecord record) => HasHoursToDivideBy(PayFacts.Of(record));

    /// <inheritdoc cref="HasHoursToDivideBy(PayRecord)"/>
    public static bool HasHoursToDivideBy(in PayFacts record) =>
        !record.FullPay || record.HourlyRate is not null || record.WeeklyHours != 0m;

    public static bool HasPayPeriod(int? days) => days != 0;

    /// <summary>The first rule a typed record breaks, or <see langword="null"/>.</summary>
    public static RuleViolation? Check(PayRecord record) => Check(RecordRules.IsPresent(record.EmployeeNumber), PayFacts.Of(record));

    /// <summary>The first rule a row breaks, or <see langword="null"/>; <paramref name="hasEmployee"/> says whether its employee number is present.</summary>
    public static RuleViolation? Check(bool hasEmployee, in PayFacts record)
    {
        if (!hasEmployee)
        {
            return new(WresErrorCodes.RequiredValueMissing, PayColumnNames.EmployeeNumber, RecordRules.Blank(PayColumnNames.EmployeeNumber));
        }

        if (IsOutOfScope(record))
        {
            return null;
        }

        if (!IsNonNegative(record.HourlyRate))
        {
            return Negative(PayColumnNames.HourlyRate);
        }

        if (!IsNonNegative(record.OrdinaryPay))
        {
            return Negative(PayColumnNames.OrdinaryPay);
        }

        if (!IsNonNegative(record.WeeklyHours))
        {
            return Negative(PayColumnNames.WeeklyHours);
        }

        if (!IsNonNegative(record.PayPeriodDays))
        {
            return Negative(PayColumnNames.PayPeriodDays);
        }

        if (!IsNonNegative(record.BonusInPeriod))
        {
            return Negative(PayColumnNames.BonusInPeriod);
        }

        if (!IsNonNegative(record.Bonus12Months))
        {
            return Negative(PayColumnNames.Bonus12Months);
        }

        if (!HasPayPeriod(record.PayPeriodDays))
        {
            return new(WresErrorCodes.ZeroHoursOrPayPeriod, PayColumnNames.PayPeriodDays, ZeroPayPeriodMessage);
        }

        if (!HasHourlyPay(record))
        {
            return new(WresErrorCodes.HourlyPayMissing, PayColumnNames.HourlyRate, HourlyPayMissingMessage);
        }

        if (!HasHoursToDivideBy(record))
        {
            return new(WresErrorCodes.ZeroHoursOrPayPeriod, PayColumnNames.WeeklyHours, ZeroHoursMessage);
        }

        return null;
    }

    private static RuleViolation Negative(string column) =>
        new(WresErrorCodes.NegativePayAmount, column, RecordRules.NegativeMessage(column));
}
