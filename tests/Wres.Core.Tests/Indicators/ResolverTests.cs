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

    private static readonly Gen<(List<StaffAssignment> Staff, List<EmployeeRelationsCase> Cases, List<TrainingRecord> Training)> Inputs =
        from staff in DomainGenerators.Staff(pool: 300, maxRows: 400)
        from cases in DomainGenerators.EmployeeNumber(330).Select(e => Valid.Case("C", e) with { StartDate = new LocalDate(2025, 6, 1) }).ListOf()
        from training in DomainGenerators.EmployeeNumber(330).Select(e => Valid.Training(e)).ListOf()
        select (staff, cases.ToList(), training.ToList());

    [Property(MaxTest = 60)]
    public Property Resolve_ManyPartitionsOrOne_GiveTheSameResult() =>
        Prop.ForAll(Inputs.ToArbitrary(), inputs =>
        {
            string Run(int rowsPerPartition)
            {
                using var staff = new WorkforceAccumulator(WorkforceSettings.Default, new SourceTally("staff", 10_000));
                using var cases = new CaseAccumulator(Year, EqualityStandard.Wres, new SourceTally("cases", 10_000));
                using var training = new TrainingAccumulator(Year, new SourceTally("training", 10_000));
                var line = 1;
                inputs.Staff.ForEach(s => staff.Add(s, ++line));
                inputs.Cases.ForEach(c => cases.Add(c, ++line));
                inputs.Training.ForEach(t => training.Add(t, ++line));
                var findings = (Staff: staff.Tally.Clone(), Cases: cases.Tally.Clone(), Training: training.Tally.Clone());
                var result = Resolver.Resolve(ProtectedCharacteristic.Ethnicity, staff, findings.Staff, null, null, cases, findings.Cases, null, null, training, findings.Training, rowsPerPartition);
                var cells = string.Join(",", Enumerable.Range(1, 3).SelectMany(s => Enumerable.Range(0, Grade.Count).Select(r => result.Staff!.Tally(ProtectedCharacteristic.Ethnicity, (Segment)s, Grade.All[r]))));
                var issues = string.Join(",", new[] { findings.Staff, findings.Cases, findings.Training }.SelectMany(t => t.ToQuality().Issues).Select(i => $"{i.Line}{i.Code}"));
                return $"{cells}|{result.CaseEvents}|{result.CaseLeavers}|{result.TrainingEvents}|{result.TrainingLeavers}|{issues}";
            }

            return Run(1) == Run(1 << 30);
        });
}
