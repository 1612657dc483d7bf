using Wres.Core.PayGaps;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using static Wres.Core.Tests.Builders.ValidPay;

namespace Wres.Core.Tests.PayGaps;

public class PayRecordValidatorTests
{
    private static readonly PayRecordValidator Validator = new();

    [Fact]
    public void Validate_ValidRows_NoErrors()
    {
        Assert.True(Validator.Validate(Row()).IsValid);
        Assert.True(Validator.Validate(Row() with { HourlyRate = null, OrdinaryPay = 0m, WeeklyHours = 37.5m, PayPeriodDays = 31, BonusInPeriod = 0m, Bonus12Months = 0m }).IsValid);
        Assert.True(Validator.Validate(Row() with { HourlyRate = 0m, WeeklyHours = 0m }).IsValid);
        Assert.True(Validator.Validate(Row() with { FullPay = false, HourlyRate = null }).IsValid);
    }

    [Fact]
    public void Validate_HonoraryRow_OnlyTheEmployeeNumberIsChecked()
    {
        Assert.True(Validator.Validate(Row() with { Category = AssignmentCategory.Honorary, HourlyRate = -5m }).IsValid);
        Assert.False(Validator.Validate(Row(" ") with { Category = AssignmentCategory.Honorary }).IsValid);
    }

    [Fact]
    public void Validate_BadRow_TheSameCodeAndColumnAsTheEngine()
    {
        var error = Assert.Single(Validator.Validate(Row() with { OrdinaryPay = -3m }).Errors);

        Assert.Equal((WresErrorCodes.NegativePayAmount, "OrdinaryPay", "Ordinary Pay", "Ordinary Pay must not be negative."), (error.ErrorCode, error.PropertyName, error.CustomState, error.ErrorMessage));
        Assert.Equal(error.ErrorCode, PayRecordRules.Check(Row() with { OrdinaryPay = -3m })!.Value.Code);
    }
}
