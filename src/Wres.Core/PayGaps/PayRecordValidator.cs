using FluentValidation;
using Wres.Core.Validation;

namespace Wres.Core.PayGaps;

/// <summary>
/// Validates one <see cref="PayRecord"/>: a present employee number; for a row in scope (not honorary), no
/// negative amount, hours or pay period, a pay period of at least one day, and on a full-pay row either
/// <c>Hourly Rate</c> or <c>Ordinary Pay</c> with <c>Weekly Hours</c> above 0.
/// </summary>
public sealed class PayRecordValidator : AbstractValidator<PayRecord>
{
    /// <summary>Creates the validator.</summary>
    public PayRecordValidator()
    {
        RuleFor(r => r.EmployeeNumber)
            .Must(RecordRules.IsPresent)
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .WithState(_ => PayColumnNames.EmployeeNumber)
            .WithMessage(RecordRules.Blank(PayColumnNames.EmployeeNumber));
        When(r => !PayRecordRules.IsOutOfScope(r), () =>
        {
            NotNegative(r => r.HourlyRate, PayColumnNames.HourlyRate);
            NotNegative(r => r.OrdinaryPay, PayColumnNames.OrdinaryPay);
            NotNegative(r => r.WeeklyHours, PayColumnNames.WeeklyHours);
            RuleFor(r => r.PayPeriodDays)
                .Must(PayRecordRules.IsNonNegative)
                .WithErrorCode(WresErrorCodes.NegativePayAmount)
                .WithState(_ => PayColumnNames.PayPeriodDays)
                .WithMessage(RecordRules.NegativeMessage(PayColumnNames.PayPeriodDays));
            NotNegative(r => r.BonusInPeriod, PayColumnNames.BonusInPeriod);
            NotNegative(r => r.Bonus12Months, PayColumnNames.Bonus12Months);
            RuleFor(r => r.PayPeriodDays)
                .Must(PayRecordRules.HasPayPeriod)
                .WithErrorCode(WresErrorCodes.ZeroHoursOrPayPeriod)
                .WithState(_ => PayColumnNames.PayPeriodDays)
                .WithMessage(PayRecordRules.ZeroPayPeriodMessage);
            RuleFor(r => r)
                .Must(PayRecordRules.HasHourlyPay)
                .WithErrorCode(WresErrorCodes.HourlyPayMissing)
                .OverridePropertyName(nameof(PayRecord.HourlyRate))
                .WithState(_ => PayColumnNames.HourlyRate)
                .WithMessage(PayRecordRules.HourlyPayMissingMessage);
            RuleFor(r => r)
                .Must(r => !PayRecordRules.HasHourlyPay(r) || PayRecordRules.HasHoursToDivideBy(r))
                .WithErrorCode(WresErrorCodes.ZeroHoursOrPayPeriod)
                .OverridePropertyName(nameof(PayRecord.WeeklyHours))
                .WithState(_ => PayColumnNames.WeeklyHours)
                .WithMessage(PayRecordRules.ZeroHoursMessage);
        });
    }

    private void NotNegative(System.Linq.Expressions.Expression<Func<PayRecord, decimal?>> amount, string column) =>
        RuleFor(amount)
            .Must(PayRecordRules.IsNonNegative)
            .WithErrorCode(WresErrorCodes.NegativePayAmount)
            .WithState(_ => column)
            .WithMessage(RecordRules.NegativeMessage(column));
}
