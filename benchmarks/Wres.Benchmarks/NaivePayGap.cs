using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Workforce;

namespace Wres.Benchmarks;

/// <summary>
/// The pay gap reference: what most .NET code would do, LINQ over the records (GroupBy people, a Dictionary
/// of the staff's ethnicity and disability, OrderBy for medians and quartiles, GroupBy bands). It computes the
/// same measures as the library for sex, ethnicity (White against BME) and disability, without the
/// suppression, the round-robin order of ties or the data quality.
/// </summary>
public static class NaivePayGap
{
    public sealed record Gap(int Relevant, double MeanGap, double MedianGap, double MeanBonusGap, double MedianBonusGap, double[] Proportions, int[][] Quartiles, double[] BandGaps);

    private sealed record Person(int Sex, int Ethnicity, int Disability, Grade? Band, bool FullPay, double Rate, double Bonus);

    public static Gap[] Compute(IReadOnlyList<PayRecord> pay, IReadOnlyList<StaffAssignment> staff, int payPeriodDays)
    {
        var staffFacts = staff.GroupBy(s => s.EmployeeNumber).ToDictionary(
            g => g.Key,
            g => (Ethnicity: g.Select(s => s.EthnicOrigin).FirstOrDefault(e => e is not null), Disability: g.Select(s => s.Disability).FirstOrDefault(d => d != DisabilityGroup.Unknown)));
        var people = pay.Where(r => r.Category != AssignmentCategory.Honorary)
            .GroupBy(r => r.EmployeeNumber)
            .Select(g =>
            {
                var rows = g.ToList();
                staffFacts.TryGetValue(g.Key, out var facts);
                var ethnicity = rows.Select(r => r.EthnicOrigin).FirstOrDefault(e => e is not null) ?? facts.Ethnicity;
                var disability = rows.Select(r => r.Disability).FirstOrDefault(d => d is not null) ?? facts.Disability;
                var sex = rows.Select(r => r.Sex).FirstOrDefault(s => s != Sex.Unknown);
                var weekly = rows.Sum(r => r.HourlyRate is { } h ? (double)h * (double)(r.WeeklyHours ?? 0m) : (double)((r.OrdinaryPay ?? 0m) + (r.BonusInPeriod ?? 0m)) * 7.0 / (r.PayPeriodDays ?? payPeriodDays));
                var hours = rows.Sum(r => (double)(r.WeeklyHours ?? 0m));
                var rate = rows.All(r => r.WeeklyHours is not null) && hours > 0 ? weekly / hours : rows.Average(r => (double)(r.HourlyRate ?? 0m));
                return new Person(
                    sex switch { Sex.Male => 1, Sex.Female => 2, _ => 0 },
                    ethnicity?.Group switch { EthnicGroup.White => 1, EthnicGroup.Bme => 2, _ => 0 },
                    disability switch { DisabilityGroup.NonDisabled => 1, DisabilityGroup.Disabled => 2, _ => 0 },
                    rows.Select(r => r.Grade).FirstOrDefault(b => b is not null),
                    rows.All(r => r.FullPay),
                    rate,
                    rows.Sum(r => (double)(r.Bonus12Months ?? 0m)));
            })
            .ToList();
        return
        [
            Measures(people, p => p.Sex),
            Measures(people, p => p.Ethnicity),
            Measures(people, p => p.Disability),
        ];
    }

    private static Gap Measures(List<Person> people, Func<Person, int> group)
    {
        var fullPay = people.Where(p => p.FullPay).ToList();
        var hourly = fullPay.GroupBy(group).ToDictionary(g => g.Key, g => g.Select(p => p.Rate).OrderBy(r => r).ToList());
        var bonus = people.Where(p => p.Bonus > 0).GroupBy(group).ToDictionary(g => g.Key, g => g.Select(p => p.Bonus).OrderBy(b => b).ToList());
        var relevant = people.GroupBy(group).ToDictionary(g => g.Key, g => g.Count());
        var ranked = fullPay.OrderBy(p => p.Rate).ToList();
        var quartiles = Enumerable.Range(0, 4)
            .Select(q => ranked.Skip(ranked.Count * q / 4).Take((ranked.Count * (q + 1) / 4) - (ranked.Count * q / 4)).GroupBy(group).OrderBy(g => g.Key).Select(g => g.Count()).ToArray())
            .ToArray();
        var bands = fullPay.Where(p => p.Band is not null).GroupBy(p => p.Band!)
            .OrderBy(g => g.Key)
            .Select(g => g.GroupBy(group).ToDictionary(x => x.Key, x => x.Select(p => p.Rate).ToList()))
            .Select(d => GapOf(d.GetValueOrDefault(1)?.Average(), d.GetValueOrDefault(2)?.Average()))
            .ToArray();
        return new Gap(
            people.Count,
            GapOf(hourly.GetValueOrDefault(1)?.Average(), hourly.GetValueOrDefault(2)?.Average()),
            GapOf(Median(hourly.GetValueOrDefault(1)), Median(hourly.GetValueOrDefault(2))),
            GapOf(bonus.GetValueOrDefault(1)?.Average(), bonus.GetValueOrDefault(2)?.Average()),
            GapOf(Median(bonus.GetValueOrDefault(1)), Median(bonus.GetValueOrDefault(2))),
            [.. new[] { 1, 2 }.Select(g => bonus.GetValueOrDefault(g)?.Count * 100.0 / relevant.GetValueOrDefault(g, 1) ?? 0.0)],
            quartiles,
            bands);
    }

    private static double? Median(List<double>? sorted) =>
        sorted is not { Count: > 0 } ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static double GapOf(double? reference, double? focus) =>
        reference is { } r && focus is { } f && r != 0 ? (r - f) * 100 / r : double.NaN;
}
