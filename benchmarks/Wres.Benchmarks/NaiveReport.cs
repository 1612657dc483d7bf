using Wres.Core;
using Wres.Core.Casework;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Benchmarks;

/// <summary>
/// The reference every benchmark is measured against: what most .NET code would do, LINQ over the
/// records (GroupBy people, pick the assignment with OrderBy, Distinct the trainees, join through a
/// Dictionary). It computes the same counts as the library's report, without the statistics.
/// </summary>
public static class NaiveReport
{
    public sealed record Result(int People, int[] Cells, (int Events, int Base)[] Appointment, (int Events, int Base)[] Cases, (int Events, int Base)[] Training);

    public static Dictionary<string, StaffAssignment> People(IEnumerable<StaffAssignment> staff) =>
        staff.Where(a => a.Category is not (AssignmentCategory.Bank or AssignmentCategory.Honorary))
            .GroupBy(a => a.EmployeeNumber)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(a => a.IsPrimary)
                    .ThenByDescending(a => a.Fte ?? -1)
                    .ThenByDescending(a => a.Grade.Rank)
                    .ThenBy(a => a.EffectiveAssignmentNumber, StringComparer.Ordinal)
                    .First());

    public static Result Compute(WresDataset dataset, ReportingYear year)
    {
        var people = People(dataset.Staff!);
        var cells = people.Values
            .GroupBy(a => (Segment: SegmentOf(a), Row: a.Grade.RowIn(SegmentOf(a)).ReportLabel, Group: a.EthnicOrigin?.Group ?? EthnicGroup.Unknown))
            .Select(g => g.Count())
            .ToArray();
        var headcount = people.Values.GroupBy(a => a.EthnicOrigin?.Group ?? EthnicGroup.Unknown).ToDictionary(g => g.Key, g => g.Count());
        var groupOf = dataset.Staff!.GroupBy(a => a.EmployeeNumber).ToDictionary(g => g.Key, g => g.First().EthnicOrigin?.Group ?? EthnicGroup.Unknown);

        var appointment = dataset.Applications!
            .Where(a => a.Date is null || year.Contains(a.Date.Value))
            .Where(a => a.Shortlisted)
            .GroupBy(a => a.EthnicOrigin?.Group ?? EthnicGroup.Unknown)
            .OrderBy(g => g.Key)
            .Select(g => (g.Count(a => a.Appointed), g.Count()))
            .ToArray();
        var cases = dataset.Cases!
            .Where(c => year.Contains(c.StartDate) && c.Type == CaseType.Disciplinary)
            .GroupBy(c => c.EmployeeNumber)
            .Select(g => g.First().EthnicOrigin?.Group ?? groupOf.GetValueOrDefault(g.Key))
            .GroupBy(group => group)
            .OrderBy(g => g.Key)
            .Select(g => (g.Count(), headcount.GetValueOrDefault(g.Key)))
            .ToArray();
        var training = dataset.Training!
            .Where(t => !t.Mandatory && (t.Date is null || year.Contains(t.Date.Value)))
            .Select(t => t.EmployeeNumber)
            .Distinct()
            .Select(e => groupOf.GetValueOrDefault(e))
            .GroupBy(group => group)
            .OrderBy(g => g.Key)
            .Select(g => (g.Count(), headcount.GetValueOrDefault(g.Key)))
            .ToArray();
        return new Result(people.Count, cells, appointment, cases, training);
    }

    private static Segment SegmentOf(StaffAssignment assignment) => assignment.StaffGroup.Number switch
    {
        1 => Segment.MedicalAndDental,
        8 or 9 or 10 => Segment.NonClinical,
        _ => Segment.Clinical,
    };
}
