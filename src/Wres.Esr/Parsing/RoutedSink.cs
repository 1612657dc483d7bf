using Wres.Core.Validation;

namespace Wres.Esr.Parsing;

/// <summary>
/// Hands each valid row to the input of its organisation: by the Organisation column (staff, applications) or by the
/// employee's organisation in the staff files (cases, training). Board and survey rows describe the whole system and
/// have no key: they go to the unassigned rows.
/// </summary>
internal sealed class RoutedSink(IWriterRouter router) : IRowSink
{
    public bool Full => false;

    public bool Routes => true;

    public SourceTally TallyFor(ReadOnlySpan<byte> key) => router.For(key).Tally;

    public bool Add(in StaffRow row, SourceTally tally) => row.AddTo(router.For(row.Organisation));

    public bool Add(in ApplicationRow row, SourceTally tally) => row.AddTo(router.For(row.Organisation));

    public bool Add(in CaseRow row, SourceTally tally) => row.AddTo(router.For(row.Employee));

    public bool Add(in TrainingRow row, SourceTally tally) => row.AddTo(router.For(row.Employee));

    public bool Add(in BoardRow row, SourceTally tally) => row.AddTo(router.For([]));

    public bool Add(in SurveyRow row, SourceTally tally) => row.AddTo(router.For([]));
}
