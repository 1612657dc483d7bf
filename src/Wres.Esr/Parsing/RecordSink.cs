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

    public void Add(in StaffRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    public void Add(in ApplicationRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    public void Add(in CaseRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    public void Add(in TrainingRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    public void Add(in BoardRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    public void Add(in SurveyRow row, SourceTally tally) => Keep(row.ToRecord(), tally);

    private void Keep(object record, SourceTally tally)
    {
        Records.Add((T)record);
        tally.Count();
    }
}
