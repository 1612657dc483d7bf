using System.Runtime.CompilerServices;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Training;

/// <summary>
/// Collects the non-mandatory courses of the year: each an append of the employee's key. People are
/// formed (each counted once), and joined to the staff files, when the report is computed.
/// </summary>
/// <remarks>The rows are the non-mandatory in-year courses: key and line.</remarks>
internal sealed class TrainingAccumulator(ReportingYear year, SourceTally tally)
    : KeyedPart<KeyEntry>(tally, 64, 1024), IInputPart<TrainingRecord>
{
    public ReportingYear Year { get; } = year;

    [SkipLocalsInit] // the key buffers are written before they are read
    public void Add(TrainingRecord record, int line)
    {
        if (RecordRules.Check(record) is { } violation)
        {
            Tally.Rejected(line, violation.Column, violation.Code, violation.Message);
            return;
        }

        if (record.Date is { } date && !Year.Contains(date))
        {
            Tally.Excluded(ExclusionRule.OutsideReportingYear);
            return;
        }

        Span<byte> buffer = stackalloc byte[Utf8Key.StackLimit];
        AddRow(Utf8Key.Encode(record.EmployeeNumber, buffer), record.Mandatory, line);
    }

    /// <summary>Adds one valid, in-year course. Mandatory courses are counted rows that give nobody weight.</summary>
    public void AddRow(ReadOnlySpan<byte> employee, bool mandatory, int line)
    {
        Tally.Counted();
        if (!mandatory)
        {
            Buffer.Add(new KeyEntry { KeyHash = KeyHash.Of(employee), Offset = Buffer.AppendKey(employee), KeyLength = employee.Length, Line = line });
        }
    }
}
