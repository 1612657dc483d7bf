using System.Runtime.CompilerServices;
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
internal sealed class WorkforceAccumulator : IDisposable
{
    private static readonly string[] CategoryNames = Enum.GetNames<AssignmentCategory>();

    public WorkforceAccumulator(WorkforceSettings settings, SourceTally tally, int capacity = 1024)
    {
        Settings = settings;
        Tally = tally;
        Buffer = new KeyedRows<StaffEntry>(capacity, capacity * 20);
    }

    public WorkforceSettings Settings { get; }

    public SourceTally Tally { get; }

    public ReadOnlySpan<StaffEntry> Rows => Buffer.Rows;

    public ByteArena Arena => Buffer.Arena;

    /// <summary>The rows and their keys (employee number, then assignment number).</summary>
    public KeyedRows<StaffEntry> Buffer { get; }

    /// <summary>Adds a typed record (validated here, exactly as the validator would).</summary>
    [SkipLocalsInit] // the key buffers are written before they are read
    public void Add(StaffAssignment assignment, int line)
    {
        if (RecordRules.Check(assignment) is { } violation)
        {
            Tally.Rejected(line, violation.Column, violation.Code, violation.Message);
            return;
        }

        var segment = Settings.SegmentOf(assignment.StaffGroup, assignment.OccupationCode);
        var facts = new StaffFacts
        {
            Ethnicity = (byte)(assignment.EthnicOrigin?.Group ?? Ethnicity.EthnicGroup.Unknown),
            Disability = (byte)assignment.Disability,
            Segment = (byte)segment,
            Row = (byte)assignment.Grade.RowIn(segment).Index,
            Rank = (byte)assignment.Grade.Rank,
            Primary = assignment.IsPrimary,
            Category = assignment.Category,
            Fte = StaffFacts.FteUnits(assignment.Fte),
        };
        Span<byte> employeeBuffer = stackalloc byte[Utf8Key.StackLimit];
        Span<byte> numberBuffer = stackalloc byte[Utf8Key.StackLimit];
        var employee = Utf8Key.Encode(assignment.EmployeeNumber, employeeBuffer);
        var number = string.IsNullOrWhiteSpace(assignment.AssignmentNumber) ? employee : Utf8Key.Encode(assignment.AssignmentNumber, numberBuffer);
        AddRow(employee, number, facts, line);
    }

    /// <summary>Adds one valid, classified row (UTF-8 employee and assignment numbers, trimmed).</summary>
    public void AddRow(ReadOnlySpan<byte> employee, ReadOnlySpan<byte> assignmentNumber, in StaffFacts facts, int line)
    {
        var inScope = !Settings.IsExcluded(facts.Category);
        if (inScope)
        {
            Tally.Counted();
        }
        else
        {
            Tally.Excluded(ExclusionRule.ExcludedAssignmentCategory, CategoryNames[(int)facts.Category]);
        }

        var offset = Buffer.AppendKey(employee);
        Buffer.AppendKey(assignmentNumber);
        Buffer.Add(new StaffEntry
        {
            KeyHash = KeyHash.Of(employee),
            Packed = facts.Pack() | (inScope ? StaffEntry.InScopeBit : 0),
            Fte = facts.Fte,
            Offset = offset,
            KeyLength = employee.Length,
            NumberLength = assignmentNumber.Length,
            Line = line,
        });
    }

    /// <summary>Adds every row another accumulator has seen, with its lines moved on by <paramref name="lineOffset"/>.</summary>
    public void Merge(WorkforceAccumulator other, int lineOffset = 0)
    {
        if (ReferenceEquals(this, other))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }

        Tally.Merge(other.Tally, lineOffset);
        Buffer.Append(other.Buffer, lineOffset);
    }

    public void Dispose() => Buffer.Dispose();
}
