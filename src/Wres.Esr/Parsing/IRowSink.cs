using Wres.Core.Validation;

namespace Wres.Esr.Parsing;

/// <summary>
/// Where a parser's valid rows go: the accumulator's input (<see cref="WriterSink"/>), an organisation's input chosen
/// row by row (<see cref="RoutedSink"/>), or typed records (<see cref="RecordSink{T}"/>). Parsers are generic over the
/// sink, so that a struct sink costs no indirect call per row.
/// </summary>
internal interface IRowSink
{
    /// <summary>Whether the sink wants every column (typed records) rather than only those the report needs.</summary>
    bool Full { get; }

    /// <summary>Whether rows go to different tallies by a key column (so the column must be read for every row).</summary>
    bool Routes { get; }

    /// <summary>Where a row's findings go: by its routing key (organisation or employee) when routing; an empty key gives the file's own tally.</summary>
    SourceTally TallyFor(ReadOnlySpan<byte> key);

    /// <summary>Takes a parsed row: true when it is taken (counted or excluded), false when a record rule rejects it.</summary>
    bool Add(in StaffRow row, SourceTally tally);

    bool Add(in ApplicationRow row, SourceTally tally);

    bool Add(in CaseRow row, SourceTally tally);

    bool Add(in TrainingRow row, SourceTally tally);

    bool Add(in BoardRow row, SourceTally tally);

    bool Add(in SurveyRow row, SourceTally tally);
}
