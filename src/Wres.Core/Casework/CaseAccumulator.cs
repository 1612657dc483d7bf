using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Casework;

/// <summary>
/// The people who entered the counted formal process in the year, each once, with the ethnic groups
/// recorded on their cases. Mergeable: a person's state is a union of flags.
/// </summary>
internal sealed class CaseAccumulator
{
    private readonly ReportingYear _year;
    private readonly CaseType _counted;
    private readonly KeyTable _people = new(64);
    private CasePerson[] _states = new CasePerson[64];

    public CaseAccumulator(ReportingYear year, EqualityStandard standard, SourceTally tally)
    {
        _year = year;
        _counted = CaseTypes.CountedBy(standard);
        Tally = tally;
    }

    public SourceTally Tally { get; }

    public ReportingYear Year => _year;

    public int People => _people.Count;

    public ReadOnlySpan<byte> Employee(int person) => _people[person];

    public ref readonly CasePerson Person(int person) => ref _states[person];

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
    public bool Admit(NodaTime.LocalDate startDate, CaseType type)
    {
        if (!_year.Contains(startDate))
        {
            Tally.Excluded(ExclusionRule.OutsideReportingYear);
            return false;
        }

        if (type != _counted)
        {
            Tally.Excluded(
                type == CaseType.IllHealthCapability ? ExclusionRule.CaseTypeOfNeitherStandard : ExclusionRule.CaseTypeOfOtherStandard,
                type.ToString());
            return false;
        }

        return true;
    }

    /// <summary>Adds one counted case. <paramref name="ownEthnicity"/> is the case row's own ethnic group, or -1 when its cell was blank.</summary>
    public void AddRow(ReadOnlySpan<byte> employee, int ownEthnicity, int line)
    {
        Tally.Counted();
        var person = _people.GetOrAdd(employee, out var added);
        if (person == _states.Length)
        {
            Array.Resize(ref _states, _states.Length * 2);
        }

        ref var state = ref _states[person];
        if (added)
        {
            state = new CasePerson { FirstLine = line };
        }
        else
        {
            state.FirstLine = Math.Min(state.FirstLine, line);
        }

        if (ownEthnicity < 0)
        {
            state.NeedsJoin = true;
        }
        else
        {
            state.OwnGroups |= (byte)(1 << ownEthnicity);
        }
    }

    public void Merge(CaseAccumulator other)
    {
        Tally.Merge(other.Tally);
        for (var id = 0; id < other._people.Count; id++)
        {
            var person = _people.GetOrAdd(other._people[id], out var added);
            if (person == _states.Length)
            {
                Array.Resize(ref _states, _states.Length * 2);
            }

            ref readonly var theirs = ref other._states[id];
            ref var mine = ref _states[person];
            if (added)
            {
                mine = theirs;
            }
            else
            {
                mine.OwnGroups |= theirs.OwnGroups;
                mine.NeedsJoin |= theirs.NeedsJoin;
                mine.FirstLine = Math.Min(mine.FirstLine, theirs.FirstLine);
            }
        }
    }
}

/// <summary>One person's counted cases, summarised.</summary>
internal struct CasePerson
{
    public byte OwnGroups;  // bit per ethnic group recorded on the person's own case rows (bit 0: Unknown, e.g. Z)
    public bool NeedsJoin;  // some case row had a blank ethnicity: look the person up in the staff files
    public int FirstLine;
}
