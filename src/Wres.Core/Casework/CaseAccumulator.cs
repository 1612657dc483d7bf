using System.Runtime.CompilerServices;
using NodaTime;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Casework;

/// <summary>
/// Collects the counted cases of one year: each an append of the employee's key and the ethnic group
/// recorded on the case. People are formed, and joined to the staff files, when the report is computed.
/// </summary>
internal sealed class CaseAccumulator : IDisposable
{
    private readonly CaseType _counted;

    public CaseAccumulator(ReportingYear year, EqualityStandard standard, SourceTally tally)
    {
        Year = year;
        _counted = CaseTypes.CountedBy(standard);
        Tally = tally;
    }

    public SourceTally Tally { get; }

    public ReportingYear Year { get; }

    /// <summary>The counted cases: key, line, and the case's own ethnic group (-1 when its cell was blank).</summary>
    public ReadOnlySpan<KeyEntry> Rows => Buffer.Rows;

    public ByteArena Arena => Buffer.Arena;

    /// <summary>The rows and their keys.</summary>
    public KeyedRows<KeyEntry> Buffer { get; } = new(64, 1024);

    [SkipLocalsInit] // the key buffers are written before they are read
    public void Add(EmployeeRelationsCase @case, int line)
    {
        if (RecordRules.Check(@case) is { } violation)
        {
            Tally.Rejected(line, violation.Column, violation.Code, violation.Message);
            return;
        }

        if (!Admit(@case.StartDate, @case.Type))
        {
            return;
        }

        var own = @case.EthnicOrigin is null ? -1 : (int)@case.EthnicOrigin.Group;
        Span<byte> buffer = stackalloc byte[Utf8Key.StackLimit];
        AddRow(Utf8Key.Encode(@case.EmployeeNumber, buffer), own, line);
    }

    /// <summary>
    /// Applies the scope rules (year first, then case type); counts the exclusion and returns false when the row is
    /// out of scope. <paramref name="otherType"/> is the value of a case of <see cref="CaseType.Other"/>, listed with
    /// the exclusion.
    /// </summary>
    public bool Admit(LocalDate startDate, CaseType type, string? otherType = null)
    {
        if (!Year.Contains(startDate))
        {
            Tally.Excluded(ExclusionRule.OutsideReportingYear);
            return false;
        }

        if (type != _counted)
        {
            var (rule, detail) = type switch
            {
                CaseType.IllHealthCapability => (ExclusionRule.CaseTypeOfNeitherStandard, nameof(CaseType.IllHealthCapability)),
                CaseType.Other => (ExclusionRule.OtherCaseType, otherType ?? nameof(CaseType.Other)),
                CaseType.Capability => (ExclusionRule.CaseTypeOfOtherStandard, nameof(CaseType.Capability)),
                _ => (ExclusionRule.CaseTypeOfOtherStandard, nameof(CaseType.Disciplinary)),
            };
            Tally.Excluded(rule, detail);
            return false;
        }

        return true;
    }

    /// <summary>Adds one counted case. <paramref name="ownEthnicity"/> is the case row's own ethnic group, or -1 when its cell was blank.</summary>
    public void AddRow(ReadOnlySpan<byte> employee, int ownEthnicity, int line)
    {
        Tally.Counted();
        Buffer.Add(new KeyEntry { KeyHash = KeyHash.Of(employee), Offset = Buffer.AppendKey(employee), KeyLength = employee.Length, Line = line, Value = ownEthnicity });
    }

    public void Merge(CaseAccumulator other, int lineOffset = 0)
    {
        Tally.Merge(other.Tally, lineOffset);
        Buffer.Append(other.Buffer, lineOffset);
    }

    public void Dispose() => Buffer.Dispose();
}
