using System.Runtime.CompilerServices;
using NodaTime;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Training;

/// <summary>
/// Collects the non-mandatory courses of the year: each an append of the employee's key. People are
/// formed (each counted once), and joined to the staff files, when the report is computed.
/// </summary>
/// <remarks>The rows are the non-mandatory in-year courses: key and line.</remarks>
internal sealed class TrainingAccumulator(ReportingYear year, SourceTally tally)
    : KeyedPart<KeyEntry>(tally, 64, 1024), IRecordPart<TrainingRecord>
{
    public ReportingYear Year { get; } = year;

    [SkipLocalsInit] // the key buffer is written before it is read
    public bool Add(TrainingRecord record, int line)
    {
        if (RecordRules.Check(record) is { } violation)
        {
            Tally.Reject(line, violation.Column, violation.Code, violation.Message);
            return false;
        }

        Span<byte> buffer = stackalloc byte[Utf8Key.StackLimit];
        AddValid(Utf8Key.Encode(record.EmployeeNumber, buffer), record.Mandatory, record.Date, line);
        return true;
    }

    /// <summary>Adds one course a reader has read (its UTF-8 employee number, trimmed): rejected without an employee, excluded outside the year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(ReadOnlySpan<byte> employee, bool mandatory, LocalDate? date, int line)
    {
        if (employee.IsEmpty)
        {
            Tally.Reject(line, RecordRules.Present(ColumnNames.EmployeeNumber));
            return false;
        }

        AddValid(employee, mandatory, date, line);
        return true;
    }

    /// <summary>Excludes a course outside the year; counts the others. Mandatory courses are counted rows that give nobody weight.</summary>
    private void AddValid(ReadOnlySpan<byte> employee, bool mandatory, LocalDate? date, int line)
    {
        if (date is { } day && !Year.Contains(day))
        {
            Tally.Exclude(ExclusionRule.OutsideReportingYear);
            return;
        }

        Tally.Count();
        if (!mandatory)
        {
            Buffer.Add(new KeyEntry { KeyHash = KeyHash.Of(employee), Offset = Buffer.AppendKey(employee), KeyLength = employee.Length, Line = line });
        }
    }
}
