using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Builders;

/// <summary>Pay rows that start valid (full pay, an hourly rate, every group value given); a test changes one thing with <c>with { … }</c>.</summary>
internal static class ValidPay
{
    public static PayRecord Row(string employee = "10000001", decimal rate = 20m) => new()
    {
        EmployeeNumber = employee,
        FullPay = true,
        HourlyRate = rate,
        Sex = Sex.Female,
        EthnicOrigin = EthnicCategory.WhiteBritish,
        Disability = DisabilityGroup.NonDisabled,
        Grade = Grade.Band5,
    };

    /// <summary>One full-pay row per person at each rate, employee numbers <paramref name="prefix"/>1, 2, …, each row changed by <paramref name="change"/>.</summary>
    public static IEnumerable<PayRecord> People(string prefix, Func<PayRecord, PayRecord> change, params decimal[] rates) =>
        rates.Select((rate, i) => change(Row($"{prefix}{i + 1}", rate)));

    public static IEnumerable<PayRecord> Men(string prefix, params decimal[] rates) => People(prefix, r => r with { Sex = Sex.Male }, rates);

    public static IEnumerable<PayRecord> Women(string prefix, params decimal[] rates) => People(prefix, r => r with { Sex = Sex.Female }, rates);

    /// <summary>The same rate <paramref name="count"/> times.</summary>
    public static decimal[] Times(int count, decimal rate) => Enumerable.Repeat(rate, count).ToArray();
}
