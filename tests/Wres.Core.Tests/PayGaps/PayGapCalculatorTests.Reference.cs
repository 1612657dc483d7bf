using Wres.Core.PayGaps;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.PayGaps;

/// <summary>A large input (many hash partitions) against a plain LINQ reading of the rules.</summary>
public partial class PayGapCalculatorTests
{
    [Fact]
    public void Calculate_LargeInput_MatchesAPlainReadingOfTheRules()
    {
        var random = new Random(20260331);
        var rows = new List<PayRecord>();
        for (var i = 0; i < 30_000; i++)
        {
            var kind = random.Next(3);
            rows.Add(new PayRecord
            {
                EmployeeNumber = random.Next(12_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                FullPay = random.Next(20) > 0,
                HourlyRate = kind == 0 ? random.Next(1_000, 6_000) / 100m : null,
                WeeklyHours = kind == 2 ? null : random.Next(1, 9) * 5m,
                OrdinaryPay = kind == 1 ? random.Next(0, 500_000) / 100m : null,
                Bonus12Months = random.Next(10) == 0 ? random.Next(100, 5_000) : null,
                Sex = (Sex)random.Next(4),
                Category = random.Next(30) == 0 ? AssignmentCategory.Honorary : AssignmentCategory.Permanent,
            } is var row && row.FullPay && kind == 2 ? row with { HourlyRate = 12m } : row);
        }

        var sex = PayGapTesting.Calculator(threshold: 0).Calculate(rows, PayGapTesting.Snapshot).Sex();

        var people = rows.Where(r => r.Category != AssignmentCategory.Honorary).GroupBy(r => r.EmployeeNumber).Select(Person).ToList();
        var men = people.Where(p => p.Sex == Sex.Male).ToList();
        var women = people.Where(p => p.Sex == Sex.Female).ToList();
        Assert.Equal(men.Count, sex.Relevant.Reference);
        Assert.Equal(women.Count, sex.Relevant.Focus);
        Assert.Equal(people.Count - men.Count - women.Count, sex.Relevant.Unknown);
        Assert.Equal(women.Count(p => p.FullPay), sex.FullPayRelevant.Focus);
        Assert.Equal(men.Count(p => p.Bonus > 0), sex.BonusRecipients.Reference);
        var menRates = men.Where(p => p.FullPay).Select(p => p.Rate).Order().ToList();
        var womenRates = women.Where(p => p.FullPay).Select(p => p.Rate).Order().ToList();
        Assert.Equal(menRates.Average(), sex.MeanHourly.Reference!.Value, 9);
        Assert.Equal(Median(womenRates), sex.MedianHourly.Focus!.Value, 9);
        Assert.Equal((Median(menRates) - Median(womenRates)) * 100 / Median(menRates), sex.MedianHourlyGap.Percent!.Value, 9);
        var menBonus = men.Where(p => p.Bonus > 0).Select(p => p.Bonus).ToList();
        var womenBonus = women.Where(p => p.Bonus > 0).Select(p => p.Bonus).ToList();
        Assert.Equal((menBonus.Average() - womenBonus.Average()) * 100 / menBonus.Average(), sex.MeanBonusGap.Percent!.Value, 9);
    }

    private static (Sex Sex, bool FullPay, double Rate, double Bonus) Person(IEnumerable<PayRecord> rows)
    {
        var list = rows.ToList();
        var sex = list.Select(r => r.Sex).FirstOrDefault(s => s != Sex.Unknown);
        var fullPay = list.All(r => r.FullPay);
        var bonus = list.Sum(r => (double)(r.Bonus12Months ?? 0m));
        if (!fullPay)
        {
            return (sex, false, double.NaN, bonus);
        }

        // A row's own rate and weekly pay; the person's rate from the sums when every row gives hours.
        var rates = list.Select(r => r.HourlyRate is { } rate ? (double)rate : (double)r.OrdinaryPay!.Value * 7.0 / 31.0 / (double)r.WeeklyHours!.Value).ToList();
        var rate = list.Count == 1 ? rates[0]
            : list.All(r => r.WeeklyHours is not null) && list.Sum(r => r.WeeklyHours!.Value) > 0
                ? list.Select((r, i) => r.HourlyRate is { } h ? (double)h * (double)r.WeeklyHours!.Value : (double)r.OrdinaryPay!.Value * 7.0 / 31.0).Sum() / list.Sum(r => (double)r.WeeklyHours!.Value)
                : rates.Average();
        return (sex, true, rate, bonus);
    }

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
