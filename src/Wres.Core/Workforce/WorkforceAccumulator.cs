using System.Runtime.CompilerServices;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Workforce;

/// <summary>
/// Collects assignment rows for the workforce. Adding a row is an append (its facts packed into 32
/// bytes, its keys into an arena): no lookup, no allocation. People are formed when the report is
/// computed, by <see cref="Indicators.Resolver"/>, partition by partition in cache. Accumulators over
/// parts of the rows merge by concatenation, which is exact because people are formed from all the
/// rows at once, in an order that does not matter.
/// </summary>
/// <remarks>The keys of a row are its employee number, then its assignment number.</remarks>
internal sealed class WorkforceAccumulator(WorkforceSettings settings, SourceTally tally, int capacity = 1024)
    : KeyedPart<StaffEntry>(tally, capacity, capacity * 20), IRecordPart<StaffAssignment>
{
    private static readonly string[] CategoryNames = Enum.GetNames<AssignmentCategory>();

    public WorkforceSettings Settings { get; } = settings;

    /// <summary>Adds a typed record: its keys encoded on the stack, then checked and added as any other row.</summary>
    [SkipLocalsInit] // the key buffers are written before they are read
    public bool Add(StaffAssignment record, int line)
    {
        Span<byte> employeeBuffer = stackalloc byte[Utf8Key.StackLimit];
        Span<byte> numberBuffer = stackalloc byte[Utf8Key.StackLimit];
        var employee = Utf8Key.Encode(record.EmployeeNumber, employeeBuffer);
        var number = Utf8Key.Encode(record.AssignmentNumber, numberBuffer); // blank: the span path takes the employee number
        return Add(
            employee,
            number,
            new StaffFacts
            {
                Ethnicity = record.EthnicOrigin?.Group ?? EthnicGroup.Unknown,
                EthnicOrigin = record.EthnicOrigin,
                Disability = record.Disability,
                StaffGroup = record.StaffGroup,
                Grade = record.Grade,
                IsPrimary = record.IsPrimary,
                Category = record.Category,
                Fte = record.Fte,
                OccupationCode = record.OccupationCode,
            },
            line);
    }

    /// <summary>
    /// Adds one row: rejected at its first broken record rule (false); otherwise counted, or excluded when its category
    /// is out of scope or it is a leaver's, and appended (facts packed into 32 bytes, keys into the arena). An empty assignment number is the
    /// employee number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(ReadOnlySpan<byte> employee, ReadOnlySpan<byte> assignmentNumber, in StaffFacts facts, int line)
    {
        if (RecordRules.Check(employee, facts, out var fteUnits) is { } violation)
        {
            Tally.Reject(line, violation.Column, violation.Code, violation.Message);
            return false;
        }

        if (assignmentNumber.IsEmpty)
        {
            assignmentNumber = employee;
        }

        var segment = Settings.HasOccupationOverrides
            ? Settings.SegmentOf(facts.StaffGroup, facts.OccupationCode)
            : Settings.SegmentOf(facts.StaffGroup);
        var categoryExcluded = Settings.IsExcluded(facts.Category);
        var inScope = !categoryExcluded && !facts.HasLeft;
        if (inScope)
        {
            Tally.Count();
        }
        else if (categoryExcluded)
        {
            Tally.Exclude(ExclusionRule.ExcludedAssignmentCategory, CategoryNames[(int)facts.Category]);
        }
        else
        {
            Tally.Exclude(ExclusionRule.Leaver);
        }

        var offset = Buffer.AppendKey(employee);
        Buffer.AppendKey(assignmentNumber);
        Buffer.Add(new StaffEntry
        {
            KeyHash = KeyHash.Of(employee),
            Packed = Pack(facts, segment) | (inScope ? StaffEntry.InScopeBit : 0) | (inScope || categoryExcluded ? 0 : StaffEntry.LeaverBit),
            Fte = fteUnits,
            Offset = offset,
            KeyLength = employee.Length,
            NumberLength = assignmentNumber.Length,
            Line = line,
        });
        return true;
    }

    /// <summary>
    /// The facts that decide counting and choosing, packed by <see cref="StaffEntry.Pack"/>, with the detailed ethnic
    /// group: the category's (worked out once per category), or without one the group's own (<see cref="DetailedEthnicTally.Of"/>).
    /// </summary>
    private static uint Pack(in StaffFacts facts, Segment segment)
    {
        var detail = facts.EthnicOrigin is { } origin ? origin.Detailed : DetailedEthnicTally.Of(facts.Ethnicity);
        return StaffEntry.Pack((int)facts.Ethnicity, (int)facts.Disability, (int)segment, facts.Grade.RowIn(segment).Index, facts.Grade.Rank, facts.IsPrimary, facts.Category, (int)detail);
    }
}
