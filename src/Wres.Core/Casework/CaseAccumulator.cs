using System.Runtime.CompilerServices;
using NodaTime;
using Wres.Core.Ethnicity;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Casework;

/// <summary>
/// Collects the counted cases of one year: each an append of the employee's key and the ethnic group
/// recorded on the case. People are formed, and joined to the staff files, when the report is computed.
/// </summary>
/// <remarks>A row's <see cref="KeyEntry.Value"/> is the case's own ethnic group, or -1 when its cell was blank.</remarks>
internal sealed class CaseAccumulator(ReportingYear year, EqualityStandard standard, SourceTally tally)
    : KeyedPart<KeyEntry>(tally, 64, 1024), IRecordPart<EmployeeRelationsCase>
{
    private readonly CaseType _counted = CaseTypes.CountedBy(standard);

    public ReportingYear Year { get; } = year;

    [SkipLocalsInit] // the key buffer is written before it is read
    public bool Add(EmployeeRelationsCase @case, int line)
    {
        if (RecordRules.Check(@case) is { } violation)
        {
            Tally.Reject(line, violation.Column, violation.Code, violation.Message);
            return false;
        }

        Span<byte> buffer = stackalloc byte[Utf8Key.StackLimit];
        AddValid(Utf8Key.Encode(@case.EmployeeNumber, buffer), @case.StartDate, @case.Type, @case.EthnicOrigin?.Group, line);
        return true;
    }

    /// <summary>
    /// Adds one case a reader has classified (its UTF-8 employee number, trimmed; its own ethnic group, or
    /// <see langword="null"/> when its cell was blank): rejected without an employee or a defined type, then through
    /// the scope rules.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(ReadOnlySpan<byte> employee, LocalDate startDate, CaseType type, EthnicGroup? ethnicity, int line, string? otherType = null)
    {
        if (employee.IsEmpty)
        {
            Tally.Reject(line, RecordRules.Present(ColumnNames.EmployeeNumber));
            return false;
        }

        if (!RecordRules.CaseTypeDefined.Allows(type))
        {
            Tally.Reject(line, RecordRules.CaseTypeDefined);
            return false;
        }

        AddValid(employee, startDate, type, ethnicity, line, otherType);
        return true;
    }

    /// <summary>
    /// Applies the scope rules (year first, then case type) and keeps a counted case. <paramref name="otherType"/> is
    /// the value of a case of <see cref="CaseType.Other"/>, listed with its exclusion.
    /// </summary>
    private void AddValid(ReadOnlySpan<byte> employee, LocalDate startDate, CaseType type, EthnicGroup? ethnicity, int line, string? otherType = null)
    {
        if (!Year.Contains(startDate))
        {
            Tally.Exclude(ExclusionRule.OutsideReportingYear);
            return;
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
            Tally.Exclude(rule, detail);
            return;
        }

        Tally.Count();
        Buffer.Add(new KeyEntry
        {
            KeyHash = KeyHash.Of(employee),
            Offset = Buffer.AppendKey(employee),
            KeyLength = employee.Length,
            Line = line,
            Value = ethnicity is { } group ? (int)group : -1,
        });
    }
}
