using NodaTime;
using Wres.Core;
using Wres.Core.PayGaps;
using Wres.Core.Workforce;

namespace Wres.Reporting.Tests.Builders;

/// <summary>Pay gap reports with hand-worked figures.</summary>
internal static class PayGapReports
{
    public static readonly LocalDate Snapshot = new(2026, 3, 31);

    /// <summary>
    /// 12 men at 20 an hour and 12 women at 15 (mean and median gaps 25%), all Band 5, and 3 people of unknown sex at 18;
    /// 10 of the men and 10 of the women paid a bonus of 1,000 (bonus gaps 0%).
    /// </summary>
    public static List<PayRecord> Records(string prefix = "", string? organisation = null, decimal womensRate = 15m)
    {
        var records = new List<PayRecord>();
        for (var i = 0; i < 12; i++)
        {
            records.Add(Row($"{prefix}M{i}", 20m, Sex.Male, i < 10 ? 1000m : null, organisation));
            records.Add(Row($"{prefix}F{i}", womensRate, Sex.Female, i < 10 ? 1000m : null, organisation));
        }

        for (var i = 0; i < 3; i++)
        {
            records.Add(Row($"{prefix}U{i}", 18m, Sex.Unknown, null, organisation));
        }

        return records;
    }

    public static PayGapReport Report(string? organisation = "Example NHS Trust", decimal womensRate = 15m, WresOptions? options = null) =>
        new PayGapCalculator(options ?? new WresOptions()).Calculate(Records(womensRate: womensRate), Snapshot, organisation: organisation);

    public static PayGapRollUpReport RollUp()
    {
        var calculator = new PayGapCalculator();
        var a = calculator.Calculate(Records("A"), Snapshot, organisation: "RXA");
        var b = calculator.Calculate(Records("B", womensRate: 20m), Snapshot, organisation: "RXB");
        var all = calculator.Calculate([.. Records("A"), .. Records("B", womensRate: 20m)], Snapshot, organisation: "ICS");
        return new PayGapRollUpReport(all, [a, b]);
    }

    private static PayRecord Row(string employee, decimal rate, Sex sex, decimal? bonus, string? organisation) => new()
    {
        EmployeeNumber = employee,
        FullPay = true,
        HourlyRate = rate,
        Sex = sex,
        Bonus12Months = bonus,
        Grade = Grade.Band5,
        Organisation = organisation,
    };
}
