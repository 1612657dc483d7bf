namespace Wres.Core.PayGaps;

/// <summary>The pay file's column names, used to locate findings on typed records too.</summary>
internal static class PayColumnNames
{
    public const string EmployeeNumber = "Employee Number";
    public const string FullPay = "Full Pay";
    public const string HourlyRate = "Hourly Rate";
    public const string OrdinaryPay = "Ordinary Pay";
    public const string WeeklyHours = "Weekly Hours";
    public const string PayPeriodDays = "Pay Period Days";
    public const string BonusInPeriod = "Bonus In Period";
    public const string Bonus12Months = "Bonus 12 Months";
    public const string EthnicOrigin = "Ethnic Origin";
    public const string Disability = "Disability";
    public const string Sex = "Sex";
    public const string PayBand = "Pay Band";
}
