using Wres.Core.Validation;

namespace Wres.Esr.Parsing;

/// <summary>Takes valid staff rows. <see cref="TallyFor"/> says where a row's findings go (by organisation when routing).</summary>
internal interface IStaffSink
{
    SourceTally TallyFor(ReadOnlySpan<byte> organisation);

    void Add(in StaffRow row, SourceTally tally);
}

/// <summary>Takes valid application rows.</summary>
internal interface IApplicationSink
{
    SourceTally TallyFor(ReadOnlySpan<byte> organisation);

    void Add(in ApplicationRow row, SourceTally tally);
}

/// <summary>Takes valid case rows.</summary>
internal interface ICaseSink
{
    SourceTally Tally { get; }

    void Add(in CaseRow row);
}

/// <summary>Takes valid training rows.</summary>
internal interface ITrainingSink
{
    SourceTally Tally { get; }

    void Add(in TrainingRow row);
}

/// <summary>Takes valid board rows.</summary>
internal interface IBoardSink
{
    SourceTally Tally { get; }

    void Add(in BoardRow row);
}

/// <summary>Takes valid survey rows.</summary>
internal interface ISurveySink
{
    SourceTally Tally { get; }

    void Add(in SurveyRow row);
}
