using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Wres.Core.Casework;
using Wres.Core.Indicators;
using Wres.Core.Tests.Builders;
using Wres.Core.Tests.Generators;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Indicators;

public class ResolverTests
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static readonly Gen<Input> Inputs =
        from staff in DomainGenerators.Staff(pool: 300, maxRows: 400)
        from previousStaff in DomainGenerators.Staff(pool: 300, maxRows: 400)
        from cases in DomainGenerators.EmployeeNumber(330).Select(e => Valid.Case("C", e) with { StartDate = new LocalDate(2025, 6, 1) }).ListOf()
        from previousCases in DomainGenerators.EmployeeNumber(330).Select(e => Valid.Case("P", e) with { StartDate = new LocalDate(2024, 6, 1) }).ListOf()
        from training in DomainGenerators.EmployeeNumber(330).Select(e => Valid.Training(e)).ListOf()
        from characteristic in Gen.Elements(ProtectedCharacteristic.Ethnicity, ProtectedCharacteristic.Disability)
        select new Input(staff, previousStaff, cases.ToList(), previousCases.ToList(), training.ToList(), characteristic);

    public sealed record Input(
        List<StaffAssignment> Staff,
        List<StaffAssignment> PreviousStaff,
        List<EmployeeRelationsCase> Cases,
        List<EmployeeRelationsCase> PreviousCases,
        List<TrainingRecord> Training,
        ProtectedCharacteristic Characteristic);

    [Property(MaxTest = 60)]
    public Property Resolve_ManyPartitionsOrOne_GiveTheSameResult() =>
        Prop.ForAll(Inputs.ToArbitrary(), inputs =>
        {
            string Run(int rowsPerPartition)
            {
                var standard = inputs.Characteristic == ProtectedCharacteristic.Ethnicity ? EqualityStandard.Wres : EqualityStandard.Wdes;
                var previousYear = ReportingYear.EndingIn(2025);
                var staff = new WorkforceAccumulator(WorkforceSettings.Default, new SourceTally("staff", 10_000));
                var previousStaff = new WorkforceAccumulator(WorkforceSettings.Default, new SourceTally("previous-staff", 10_000));
                var cases = new CaseAccumulator(Year, standard, new SourceTally("cases", 10_000));
                var previousCases = new CaseAccumulator(previousYear, standard, new SourceTally("previous-cases", 10_000));
                var training = new TrainingAccumulator(Year, new SourceTally("training", 10_000));
                var line = 1;
                inputs.Staff.ForEach(s => staff.Add(s, ++line));
                inputs.PreviousStaff.ForEach(s => previousStaff.Add(s, ++line));
                inputs.Cases.ForEach(c => cases.Add(c with { Type = CaseTypes.CountedBy(standard) }, ++line));
                inputs.PreviousCases.ForEach(c => previousCases.Add(c with { Type = CaseTypes.CountedBy(standard) }, ++line));
                inputs.Training.ForEach(t => training.Add(t, ++line));
                var findings = new[] { staff.Tally.Clone(), previousStaff.Tally.Clone(), cases.Tally.Clone(), previousCases.Tally.Clone(), training.Tally.Clone() };
                var result = Resolver.Resolve(
                    inputs.Characteristic, staff, findings[0], previousStaff, findings[1], cases, findings[2], previousCases, findings[3], training, findings[4], rowsPerPartition);
                string Cells(WorkforceCounts counts) =>
                    string.Join(",", Enumerable.Range(1, 3).SelectMany(s => Enumerable.Range(0, Grade.Count).Select(r => counts.Tally(inputs.Characteristic, (Segment)s, Grade.All[r]))));
                var issues = string.Join(",", findings.SelectMany(t => t.ToQuality().Issues).Select(i => $"{i.Line}{i.Code}"));
                return $"{Cells(result.Staff!)}|{Cells(result.PreviousStaff!)}|{result.CaseEvents}|{result.CaseLeavers}|{result.PreviousCaseEvents}|{result.PreviousCaseLeavers}"
                    + $"|{result.TrainingEvents}|{result.TrainingLeavers}|{issues}";
            }

            return Run(1) == Run(1 << 30);
        });
}
