using Wres.Core.Casework;
using Wres.Core.Internal;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>
/// Forms people from the staff files and joins cases and courses to them, partition by partition: every
/// input is regrouped by the top bits of its employee-number hash, so that the people of a partition
/// (a few thousand) sit in cache while their rows, cases and courses are matched. Nothing here depends
/// on the order of the rows.
/// </summary>
internal static class Resolver
{
    private const int RowsPerPartition = 2048;
    private const int MaxBits = 12;
    private const string NotInStaffCase = "The case names an employee that neither staff file holds; the case is counted with Unknown ethnicity.";
    private const string NotInStaffCaseDisability = "The case names an employee that neither staff file holds; the case is counted with Unknown disability.";
    private const string NotInStaffTraining = "The course names an employee that the staff files do not hold; the person is counted with Unknown ethnicity.";
    private const string NotInStaffTrainingDisability = "The course names an employee that the staff files do not hold; the person is counted with Unknown disability.";
    private const string ConflictingCases = "This person's cases in the year record both a White and a BME ethnic origin; the staff file decides.";

    public static Resolution Resolve(
        ProtectedCharacteristic characteristic,
        WorkforceAccumulator? staff,
        SourceTally? staffFindings,
        WorkforceAccumulator? previousStaff,
        SourceTally? previousStaffFindings,
        CaseAccumulator? cases,
        SourceTally? caseFindings,
        CaseAccumulator? previousCases,
        SourceTally? previousCaseFindings,
        TrainingAccumulator? training,
        SourceTally? trainingFindings,
        int rowsPerPartition = RowsPerPartition)
    {
        // Stryker disable all : equivalent, the partition count only decides how the work is split (the partition tests
        // and ResolverTests' property give the same result for any count)
        var largest = Math.Max(
            Math.Max(staff?.Rows.Length ?? 0, previousStaff?.Rows.Length ?? 0),
            Math.Max(training?.Rows.Length ?? 0, Math.Max(cases?.Rows.Length ?? 0, previousCases?.Rows.Length ?? 0)));
        var bits = 0;
        while (bits < MaxBits && (largest >> bits) > rowsPerPartition)
        {
            bits++;
        }

        // Stryker restore all

        using var staffParts = staff is null ? null : new Partitioned<StaffEntry>(staff.Rows, bits);
        using var previousParts = previousStaff is null ? null : new Partitioned<StaffEntry>(previousStaff.Rows, bits);
        using var caseParts = cases is null ? null : new Partitioned<KeyEntry>(cases.Rows, bits);
        using var previousCaseParts = previousCases is null ? null : new Partitioned<KeyEntry>(previousCases.Rows, bits);
        using var trainingParts = training is null ? null : new Partitioned<KeyEntry>(training.Rows, bits);

        var current = staff is null ? null : new PeopleTable();
        var previous = previousStaff is null ? null : new PeopleTable();
        var keys = new DistinctKeys();
        var staffCounts = staff is null ? null : new WorkforceCounts();
        var previousCounts = previousStaff is null ? null : new WorkforceCounts();
        var caseTotals = new Totals();
        var previousCaseTotals = new Totals();
        var trainingTotals = new Totals();

        for (var partition = 0; partition < 1 << bits; partition++)
        {
            if (current is not null)
            {
                current.Build(staffParts!.Segment(partition), staff!.Arena);
                current.Count(staffCounts!, staffFindings!);
            }

            if (previous is not null)
            {
                previous.Build(previousParts!.Segment(partition), previousStaff!.Arena);
                previous.Count(previousCounts!, previousStaffFindings!);
            }

            if (caseParts is not null && current is not null)
            {
                keys.Build(caseParts.Segment(partition), cases!.Arena);
                CountCases(keys, characteristic, current, previous, caseFindings!, caseTotals);
            }

            if (previousCaseParts is not null && previous is not null)
            {
                keys.Build(previousCaseParts.Segment(partition), previousCases!.Arena);
                CountCases(keys, characteristic, previous, current, previousCaseFindings!, previousCaseTotals);
            }

            if (trainingParts is not null && current is not null)
            {
                keys.Build(trainingParts.Segment(partition), training!.Arena);
                CountTraining(keys, characteristic, current, previous, trainingFindings!, trainingTotals);
            }
        }

        return new Resolution
        {
            Staff = staffCounts,
            PreviousStaff = previousCounts,
            CaseEvents = caseTotals.Events,
            CaseLeavers = caseTotals.Leavers,
            PreviousCaseEvents = previousCaseTotals.Events,
            PreviousCaseLeavers = previousCaseTotals.Leavers,
            TrainingEvents = trainingTotals.Events,
            TrainingLeavers = trainingTotals.Leavers,
        };
    }

    /// <summary>
    /// People entering the process, each once. A case's ethnicity is its own when recorded, else the
    /// person's from the year's staff file, then the other year's; disability always comes from the
    /// staff files.
    /// </summary>
    private static void CountCases(DistinctKeys keys, ProtectedCharacteristic characteristic, PeopleTable primary, PeopleTable? secondary, SourceTally findings, Totals totals)
    {
        for (var key = 0; key < keys.Count; key++)
        {
            var found = Join(keys, key, characteristic, primary, secondary, out var staffGroup, out var inWorkforce, out var outOfScope);
            if (outOfScope)
            {
                findings.CountedThenExcluded(ExclusionRule.OutOfScopePerson, keys.Rows(key));
                continue;
            }

            int group;
            if (characteristic == ProtectedCharacteristic.Disability)
            {
                group = staffGroup;
                if (!found)
                {
                    findings.Warn(keys.FirstLine(key), ColumnNames.EmployeeNumber, WresErrorCodes.CaseEmployeeNotInStaff, NotInStaffCaseDisability);
                }
            }
            else
            {
                var groups = keys.OwnGroups(key);
                if (keys.NeedsJoin(key))
                {
                    groups |= (byte)(1 << staffGroup);
                    if (!found)
                    {
                        findings.Warn(keys.FirstLine(key), ColumnNames.EmployeeNumber, WresErrorCodes.CaseEmployeeNotInStaff, NotInStaffCase);
                    }
                }

                if ((groups & 0b110) == 0b110)
                {
                    findings.Warn(keys.FirstLine(key), ColumnNames.EthnicOrigin, WresErrorCodes.ConflictingCaseEthnicity, ConflictingCases);
                }

                group = (groups & 0b110) switch
                {
                    0b010 => 1,
                    0b100 => 2,
                    0b110 => staffGroup,
                    _ => 0,
                };
            }

            totals.Add(group, inWorkforce);
        }
    }

    private static void CountTraining(DistinctKeys keys, ProtectedCharacteristic characteristic, PeopleTable primary, PeopleTable? secondary, SourceTally findings, Totals totals)
    {
        for (var key = 0; key < keys.Count; key++)
        {
            var found = Join(keys, key, characteristic, primary, secondary, out var group, out var inWorkforce, out var outOfScope);
            if (outOfScope)
            {
                findings.CountedThenExcluded(ExclusionRule.OutOfScopePerson, keys.Rows(key));
                continue;
            }

            if (!found)
            {
                findings.Warn(
                    keys.FirstLine(key),
                    ColumnNames.EmployeeNumber,
                    WresErrorCodes.TrainingEmployeeNotInStaff,
                    characteristic == ProtectedCharacteristic.Disability ? NotInStaffTrainingDisability : NotInStaffTraining);
            }

            totals.Add(group, inWorkforce);
        }
    }

    /// <summary>
    /// Looks a person up in the year's staff file, then the other year's. <paramref name="outOfScope"/>: the year's
    /// staff file holds the person, and every assignment of theirs is bank or honorary (§3: their cases and courses are
    /// in neither the numerator nor the base). <paramref name="group"/> is 0 (unknown) when neither file holds them.
    /// </summary>
    private static bool Join(DistinctKeys keys, int key, ProtectedCharacteristic characteristic, PeopleTable primary, PeopleTable? secondary, out int group, out bool inWorkforce, out bool outOfScope)
    {
        var hash = keys.HashOf(key);
        var employee = keys.Employee(key);
        var person = primary.Find(hash, employee);
        if (person >= 0)
        {
            group = primary.GroupOf(person, characteristic, out inWorkforce, out outOfScope);
            return true;
        }

        inWorkforce = false;
        outOfScope = false;
        if (secondary is not null && secondary.Find(hash, employee) is var other && other >= 0)
        {
            group = secondary.GroupOf(other, characteristic, out _, out _);
            return true;
        }

        group = 0;
        return false;
    }

    /// <summary>People with an event, by group, and those of them not in the year's workforce.</summary>
    private sealed class Totals
    {
        private readonly int[] _events = new int[3];
        private readonly int[] _leavers = new int[3];

        public GroupTally Events => new(_events[1], _events[2], _events[0]);

        public GroupTally Leavers => new(_leavers[1], _leavers[2], _leavers[0]);

        public void Add(int group, bool inWorkforce)
        {
            _events[group]++;
            if (!inWorkforce)
            {
                _leavers[group]++;
            }
        }
    }
}
