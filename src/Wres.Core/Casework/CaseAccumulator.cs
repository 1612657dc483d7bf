using System.Runtime.CompilerServices;
using NodaTime;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Casework;

/// <summary>
/// Collects the counted cases of one year: each an append of the employee's key and the ethnic group
/// recorded on the case. People are formed, and joined to the staff files, when the report is computed.
/// </summary>
/// <remarks>A row's <see cref="KeyEntry.Value"/> is the case's own ethnic group, or -1 when its cell was blank.</remarks>
internal sealed class CaseAccumulator(ReportingYear year, EqualityStandard standard, SourceTally tally)
    : KeyedPart<KeyEntry>(tally, 64, 1024), IInputPart<EmployeeRelationsCase>
{
    private readonly CaseType _counted = CaseTypes.CountedBy(standard);

    public ReportingYear Year { get; } = year;

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

    /// <summary>Applies the scope rules (year first, then case type); counts the exclusion and returns false when the row is out of scope.</summary>
    public bool Admit(LocalDate startDate, CaseType type)
    {
        if (!Year.Contains(startDate))
        {
            Tally.Excluded(ExclusionRule.OutsideReportingYear);
            return false;
        }

        if (type != _counted)
        {
            Tally.Excluded(
                type == CaseType.IllHealthCapability ? ExclusionRule.CaseTypeOfNeitherStandard : ExclusionRule.CaseTypeOfOtherStandard,
                type == CaseType.IllHealthCapability ? nameof(CaseType.IllHealthCapability) : type == CaseType.Capability ? nameof(CaseType.Capability) : nameof(CaseType.Disciplinary));
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
}
