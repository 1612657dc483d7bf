using Wres.Core.Validation;

namespace Wres.Esr.Parsing;

/// <summary>Turns valid rows into typed records, counting each, for integrations that want the records themselves.</summary>
/// <typeparam name="T">The record type the file holds; rows of any other kind are not expected.</typeparam>
internal sealed class RecordSink<T>(SourceTally tally) : IRowSink
{
    public SourceTally Tally { get; } = tally;

    public List<T> Records { get; } = [];

    public bool Full => true;

    public bool Routes => false;

    public SourceTally TallyFor(ReadOnlySpan<byte> key) => Tally;

    /// <summary>Keeps a staff row whose FTE the rule allows (the accumulator would reject the others).</summary>
    public bool Add(in StaffRow row, SourceTally tally) =>
        Allowed(RecordRules.FteInRange, row.Fte, row.Line, tally) && Keep(row.ToRecord(), tally);

    /// <summary>Keeps an application appointed only from the shortlist (the accumulator would reject the others).</summary>
    public bool Add(in ApplicationRow row, SourceTally tally) =>
        Allowed(RecordRules.AppointedFromShortlist, (row.Shortlisted, row.Appointed), row.Line, tally) && Keep(row.ToRecord(), tally);

    public bool Add(in CaseRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    public bool Add(in TrainingRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    public bool Add(in BoardRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    public bool Add(in SurveyRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    private static bool Allowed<TValue>(RecordRule<TValue> rule, TValue value, int line, SourceTally tally)
    {
        if (rule.Allows(value))
        {
            return true;
        }

        tally.Reject(line, rule);
        return false;
    }

    private bool Keep(object record, SourceTally tally)
    {
        Records.Add((T)record);
        tally.Count();
        return true;
    }
}
