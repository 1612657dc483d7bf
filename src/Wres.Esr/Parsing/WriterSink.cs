using Wres.Core.Ingestion;
using Wres.Core.Validation;

namespace Wres.Esr.Parsing;

/// <summary>Hands every valid row to one input of an accumulator, through the public seam: no record objects, no allocation per row.</summary>
internal readonly struct WriterSink(InputWriter writer) : IRowSink
{
    public bool Full => false;

    public bool Routes => false;

    public SourceTally TallyFor(ReadOnlySpan<byte> key) => writer.Tally;

    public bool Add(in StaffRow row, SourceTally tally) => row.AddTo(writer);

    public bool Add(in ApplicationRow row, SourceTally tally) => row.AddTo(writer);

    public bool Add(in CaseRow row, SourceTally tally) => row.AddTo(writer);

    public bool Add(in TrainingRow row, SourceTally tally) => row.AddTo(writer);

    public bool Add(in BoardRow row, SourceTally tally) => row.AddTo(writer);

    public bool Add(in SurveyRow row, SourceTally tally) => row.AddTo(writer);
}
