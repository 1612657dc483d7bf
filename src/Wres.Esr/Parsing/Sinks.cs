using Wres.Core.Validation;

namespace Wres.Esr.Parsing;

/// <summary>Takes valid staff rows. <see cref="TallyFor"/> says where a row's findings go (by organisation when routing).</summary>
internal interface IStaffSink
{
    /// <summary>Whether the sink wants every column (typed records) rather than only those the report needs.</summary>
    bool Full { get; }

    /// <summary>Whether rows go to different tallies by organisation (so the column must be read for every row).</summary>
    bool Routes { get; }

    SourceTally TallyFor(ReadOnlySpan<byte> organisation);

    void Add(in StaffRow row, SourceTally tally);
}

/// <summary>Takes valid application rows.</summary>
internal interface IApplicationSink
{
    /// <summary>Whether the sink wants every column (typed records) rather than only those the report needs.</summary>
    bool Full { get; }

    /// <summary>Whether rows go to different tallies by organisation.</summary>
    bool Routes { get; }

    SourceTally TallyFor(ReadOnlySpan<byte> organisation);

    void Add(in ApplicationRow row, SourceTally tally);
}

/// <summary>Takes valid case rows.</summary>
internal interface ICaseSink
{
    /// <summary>Whether rows go to different tallies by employee (their organisation's).</summary>
    bool Routes { get; }

    /// <summary>Where a row's findings go: the tally of the employee's organisation when routing, otherwise the file's.</summary>
    SourceTally TallyFor(ReadOnlySpan<byte> employee);

    void Add(in CaseRow row);
}

/// <summary>Takes valid training rows.</summary>
internal interface ITrainingSink
{
    /// <summary>Whether rows go to different tallies by employee (their organisation's).</summary>
    bool Routes { get; }

    /// <summary>Where a row's findings go: the tally of the employee's organisation when routing, otherwise the file's.</summary>
    SourceTally TallyFor(ReadOnlySpan<byte> employee);

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
