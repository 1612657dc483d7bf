using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Training;

/// <summary>The people with at least one non-mandatory course in the year, each once. Mergeable as a set union.</summary>
internal sealed class TrainingAccumulator
{
    private readonly ReportingYear _year;
    private readonly KeyTable _people = new(64);
    private int[] _firstLines = new int[64];

    public TrainingAccumulator(ReportingYear year, SourceTally tally)
    {
        _year = year;
        Tally = tally;
    }

    public SourceTally Tally { get; }

    public ReportingYear Year => _year;

    public int People => _people.Count;

    public ReadOnlySpan<byte> Employee(int person) => _people[person];

    public int FirstLine(int person) => _firstLines[person];

    public void Add(TrainingRecord record, int line)
    {
        if (RecordRules.Check(record) is { } violation)
        {
            Tally.Rejected(line, violation.Column, violation.Code, violation.Message);
            return;
        }

        if (record.Date is { } date && !_year.Contains(date))
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
        if (mandatory)
        {
            return;
        }

        var person = _people.GetOrAdd(employee, out var added);
        if (person == _firstLines.Length)
        {
            Array.Resize(ref _firstLines, _firstLines.Length * 2);
        }

        _firstLines[person] = added ? line : Math.Min(_firstLines[person], line);
    }

    public void Merge(TrainingAccumulator other)
    {
        Tally.Merge(other.Tally);
        for (var id = 0; id < other._people.Count; id++)
        {
            var person = _people.GetOrAdd(other._people[id], out var added);
            if (person == _firstLines.Length)
            {
                Array.Resize(ref _firstLines, _firstLines.Length * 2);
            }

            _firstLines[person] = added ? other._firstLines[id] : Math.Min(_firstLines[person], other._firstLines[id]);
        }
    }
}
