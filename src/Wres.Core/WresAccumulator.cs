using System.Runtime.InteropServices;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Indicators;
using Wres.Core.Internal;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core;

/// <summary>
/// Gathers the inputs of one report, part by part and in any order, and computes the report from them.
/// Accumulators over different parts of the same data (shards of a large file, or organisations of an
/// integrated care system) can be <see cref="Merge(WresAccumulator)">merged</see>: the merged report equals the report
/// computed on all the data at once.
/// </summary>
/// <remarks>
/// <para>A part is <em>provided</em> once any of its <c>Add…</c> methods has been called, even with no
/// records; a part never provided is reported as not provided, never as zero.</para>
/// <para>Not thread-safe: use one accumulator per thread and merge them. <see cref="ToReport"/> changes
/// nothing, so records can still be added (or accumulators merged) after a report has been computed.</para>
/// </remarks>
public sealed class WresAccumulator
{
    private readonly CalculatorSettings _settings;
    private WorkforceAccumulator? _staff;
    private WorkforceAccumulator? _previousStaff;
    private RecruitmentAccumulator? _recruitment;
    private CaseAccumulator? _cases;
    private CaseAccumulator? _previousCases;
    private TrainingAccumulator? _training;
    private BoardAccumulator? _board;
    private SurveyAccumulator? _survey;
    private WresReport? _report;

    internal WresAccumulator(CalculatorSettings settings, ReportingYear year, EqualityStandard standard)
    {
        _settings = settings;
        Year = year;
        Standard = standard;
    }

    /// <summary>The reporting year.</summary>
    public ReportingYear Year { get; }

    /// <summary>The standard the report is computed for.</summary>
    public EqualityStandard Standard { get; }

    internal CalculatorSettings Settings => _settings;

    /// <summary>Adds staff-in-post assignments (indicators 1, 3, 4, 9).</summary>
    /// <param name="assignments">The assignments.</param>
    public void AddStaff(IEnumerable<StaffAssignment> assignments) => AddAll(assignments, new StaffAdder(Staff(DefaultSource(InputPart.Staff))));

    /// <summary>Adds last year's assignments (two-year indicator 3; fallback for joining cases).</summary>
    /// <param name="assignments">The assignments.</param>
    public void AddPreviousStaff(IEnumerable<StaffAssignment> assignments) => AddAll(assignments, new StaffAdder(PreviousStaff(DefaultSource(InputPart.PreviousStaff))));

    /// <summary>Adds applications (indicator 2).</summary>
    /// <param name="applications">The applications.</param>
    public void AddApplications(IEnumerable<JobApplication> applications) => AddAll(applications, new ApplicationAdder(Recruitment(DefaultSource(InputPart.Recruitment))));

    /// <summary>Adds cases (indicator 3, WDES metric 3).</summary>
    /// <param name="cases">The cases.</param>
    public void AddCases(IEnumerable<EmployeeRelationsCase> cases) => AddAll(cases, new CaseAdder(Cases(DefaultSource(InputPart.Disciplinary))));

    /// <summary>Adds last year's cases (two-year indicator 3).</summary>
    /// <param name="cases">The cases.</param>
    public void AddPreviousCases(IEnumerable<EmployeeRelationsCase> cases) => AddAll(cases, new CaseAdder(PreviousCases(DefaultSource(InputPart.PreviousDisciplinary))));

    /// <summary>Adds courses taken (indicator 4).</summary>
    /// <param name="records">The training records.</param>
    public void AddTraining(IEnumerable<TrainingRecord> records) => AddAll(records, new TrainingAdder(Training(DefaultSource(InputPart.Training))));

    /// <summary>Adds board members (indicator 9).</summary>
    /// <param name="members">The members.</param>
    public void AddBoard(IEnumerable<BoardMember> members) => AddAll(members, new BoardAdder(Board(DefaultSource(InputPart.Board))));

    /// <summary>Adds staff survey results (indicators 5 to 8).</summary>
    /// <param name="results">The results.</param>
    public void AddSurvey(IEnumerable<SurveyResult> results) => AddAll(results, new SurveyAdder(Survey(DefaultSource(InputPart.Survey))));

    /// <summary>
    /// Adds records one by one, numbering them on from the rows already read. Arrays and lists are walked
    /// as spans, and the adder is a struct, so that the loop makes no indirect call per record.
    /// </summary>
    private void AddAll<TRecord, TAdder>(IEnumerable<TRecord> records, TAdder adder)
        where TRecord : class
        where TAdder : struct, IAdder<TRecord>
    {
        ArgumentNullException.ThrowIfNull(records);
        _report = null;
        var line = adder.Tally.Read;
        ReadOnlySpan<TRecord> span = records switch
        {
            TRecord[] array => array,
            List<TRecord> list => CollectionsMarshal.AsSpan(list),
            _ => default,
        };
        if (span.IsEmpty && records is not ICollection<TRecord> { Count: 0 })
        {
            foreach (var record in records)
            {
                adder.Add(record ?? throw NullRecord(nameof(records)), ++line);
            }

            return;
        }

        foreach (var record in span)
        {
            adder.Add(record ?? throw NullRecord(nameof(records)), ++line);
        }
    }

    private static ArgumentException NullRecord(string parameter) => new("The sequence holds a null record.", parameter);

    private interface IAdder<in TRecord>
    {
        SourceTally Tally { get; }

        void Add(TRecord record, int line);
    }

    private readonly struct StaffAdder(WorkforceAccumulator part) : IAdder<StaffAssignment>
    {
        public SourceTally Tally => part.Tally;

        public void Add(StaffAssignment record, int line) => part.Add(record, line);
    }

    private readonly struct ApplicationAdder(RecruitmentAccumulator part) : IAdder<JobApplication>
    {
        public SourceTally Tally => part.Tally;

        public void Add(JobApplication record, int line) => part.Add(record, line);
    }

    private readonly struct CaseAdder(CaseAccumulator part) : IAdder<EmployeeRelationsCase>
    {
        public SourceTally Tally => part.Tally;

        public void Add(EmployeeRelationsCase record, int line) => part.Add(record, line);
    }

    private readonly struct TrainingAdder(TrainingAccumulator part) : IAdder<TrainingRecord>
    {
        public SourceTally Tally => part.Tally;

        public void Add(TrainingRecord record, int line) => part.Add(record, line);
    }

    private readonly struct BoardAdder(BoardAccumulator part) : IAdder<BoardMember>
    {
        public SourceTally Tally => part.Tally;

        public void Add(BoardMember record, int line) => part.Add(record, line);
    }

    private readonly struct SurveyAdder(SurveyAccumulator part) : IAdder<SurveyResult>
    {
        public SourceTally Tally => part.Tally;

        public void Add(SurveyResult record, int line) => part.Add(record, line);
    }

    internal static SourceTally TallyOf(object part) => part switch
    {
        WorkforceAccumulator w => w.Tally,
        RecruitmentAccumulator r => r.Tally,
        CaseAccumulator c => c.Tally,
        TrainingAccumulator t => t.Tally,
        BoardAccumulator b => b.Tally,
        SurveyAccumulator s => s.Tally,
        _ => throw new ArgumentException("Unknown part.", nameof(part)),
    };

    /// <summary>
    /// Adds everything another accumulator for the same year and standard has gathered. Parts provided in
    /// either are provided in the result.
    /// </summary>
    /// <param name="other">The other accumulator; it must not be used afterwards.</param>
    public void Merge(WresAccumulator other) => Merge(other, lineOffset: 0);

    /// <summary>Merges a chunk of the same files, whose line numbers start <paramref name="lineOffset"/> lines into the files.</summary>
    internal void Merge(WresAccumulator other, int lineOffset)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }

        if (!other.Year.Equals(Year) || other.Standard != Standard)
        {
            throw new ArgumentException("Only accumulators for the same reporting year and standard can be merged.", nameof(other));
        }

        MergeParts(other, lineOffset, MergeMode.Take);
    }

    /// <summary>
    /// Merges a chunk of the same files that may hold a part this accumulator has not seen yet (rows
    /// routed by organisation: an organisation's first row of a file can be in any chunk).
    /// </summary>
    internal void MergeChunk(WresAccumulator other, int lineOffset) => MergeParts(other, lineOffset, MergeMode.TakeOrCreate);

    /// <summary>Adds everything another accumulator holds, leaving it intact and usable.</summary>
    internal void MergeCopy(WresAccumulator other) => MergeParts(other, 0, MergeMode.Copy);

    /// <summary>Creates, empty, every part the other accumulator has and this one lacks.</summary>
    internal void AddMissingParts(WresAccumulator other)
    {
        if (other._staff is { } staff && _staff is null)
        {
            Staff(staff.Tally.Source);
        }

        if (other._previousStaff is { } previousStaff && _previousStaff is null)
        {
            PreviousStaff(previousStaff.Tally.Source);
        }

        if (other._recruitment is { } recruitment && _recruitment is null)
        {
            Recruitment(recruitment.Tally.Source);
        }

        if (other._cases is { } cases && _cases is null)
        {
            Cases(cases.Tally.Source);
        }

        if (other._previousCases is { } previousCases && _previousCases is null)
        {
            PreviousCases(previousCases.Tally.Source);
        }

        if (other._training is { } training && _training is null)
        {
            Training(training.Tally.Source);
        }

        if (other._board is { } board && _board is null)
        {
            Board(board.Tally.Source);
        }

        if (other._survey is { } survey && _survey is null)
        {
            Survey(survey.Tally.Source);
        }
    }

    private void MergeParts(WresAccumulator other, int lineOffset, MergeMode mode)
    {
        _report = null;
        MergePart(ref _staff, other._staff, lineOffset, mode, Staff, static (a, b, o) => a.Merge(b, o));
        MergePart(ref _previousStaff, other._previousStaff, lineOffset, mode, PreviousStaff, static (a, b, o) => a.Merge(b, o));
        MergePart(ref _recruitment, other._recruitment, lineOffset, mode, Recruitment, static (a, b, o) => a.Merge(b, o));
        MergePart(ref _cases, other._cases, lineOffset, mode, Cases, static (a, b, o) => a.Merge(b, o));
        MergePart(ref _previousCases, other._previousCases, lineOffset, mode, PreviousCases, static (a, b, o) => a.Merge(b, o));
        MergePart(ref _training, other._training, lineOffset, mode, Training, static (a, b, o) => a.Merge(b, o));
        MergePart(ref _board, other._board, lineOffset, mode, Board, static (a, b, o) => a.Merge(b, o));
        MergePart(ref _survey, other._survey, lineOffset, mode, Survey, static (a, b, o) => a.Merge(b, o));
    }

    private static void MergePart<T>(ref T? mine, T? theirs, int lineOffset, MergeMode mode, Func<string, T> create, Action<T, T, int> merge)
        where T : class
    {
        if (theirs is null)
        {
            return;
        }

        if (mine is null && lineOffset == 0 && mode != MergeMode.Copy)
        {
            mine = theirs;
            return;
        }

        if (mine is null && mode == MergeMode.Take)
        {
            throw new InvalidOperationException("A chunk was merged before the start of its file.");
        }

        mine ??= create(TallyOf(theirs).Source);
        merge(mine, theirs, lineOffset);
        if (mode != MergeMode.Copy)
        {
            // The other accumulator is not used again: its rows are copied, so its pooled buffers can go back.
            (theirs as IDisposable)?.Dispose();
        }
    }

    /// <summary>
    /// Makes room, once, for the rows of the chunks about to be merged in: each row is then copied once,
    /// and no buffer grows step by step, leaving its smaller predecessors behind.
    /// </summary>
    internal void Reserve(IReadOnlyList<WresAccumulator> others)
    {
        _staff?.Buffer.Reserve(others.Select(o => o._staff?.Buffer).OfType<KeyedRows<StaffEntry>>());
        _previousStaff?.Buffer.Reserve(others.Select(o => o._previousStaff?.Buffer).OfType<KeyedRows<StaffEntry>>());
        _cases?.Buffer.Reserve(others.Select(o => o._cases?.Buffer).OfType<KeyedRows<KeyEntry>>());
        _previousCases?.Buffer.Reserve(others.Select(o => o._previousCases?.Buffer).OfType<KeyedRows<KeyEntry>>());
        _training?.Buffer.Reserve(others.Select(o => o._training?.Buffer).OfType<KeyedRows<KeyEntry>>());
    }

    /// <summary>Gives the pooled row buffers back; the accumulator must not be used afterwards.</summary>
    internal void ReleaseBuffers()
    {
        _staff?.Dispose();
        _previousStaff?.Dispose();
        _cases?.Dispose();
        _previousCases?.Dispose();
        _training?.Dispose();
    }

    private enum MergeMode
    {
        /// <summary>A part this accumulator lacks is taken over (the other accumulator is not used again).</summary>
        Take,

        /// <summary>As <see cref="Take"/>, but a chunk's part this accumulator lacks is created empty first.</summary>
        TakeOrCreate,

        /// <summary>Every part is copied; the other accumulator stays intact.</summary>
        Copy,
    }

    /// <summary>
    /// Computes the report from everything added so far. The accumulator is not changed; calling it
    /// again with nothing added in between returns the same report.
    /// </summary>
    /// <param name="organisation">The organisation's name for the report, if any.</param>
    /// <returns>The report.</returns>
    public WresReport ToReport(string? organisation = null)
    {
        if (_report is null || !string.Equals(_report.Organisation, organisation, StringComparison.Ordinal))
        {
            _report = ReportBuilder.Build(this, organisation);
        }

        return _report;
    }

    internal WorkforceAccumulator? StaffPart => _staff;

    internal WorkforceAccumulator? PreviousStaffPart => _previousStaff;

    internal RecruitmentAccumulator? RecruitmentPart => _recruitment;

    internal CaseAccumulator? CasesPart => _cases;

    internal CaseAccumulator? PreviousCasesPart => _previousCases;

    internal TrainingAccumulator? TrainingPart => _training;

    internal BoardAccumulator? BoardPart => _board;

    internal SurveyAccumulator? SurveyPart => _survey;

    internal WorkforceAccumulator Staff(string source) => _staff ??= new WorkforceAccumulator(_settings.Workforce, NewTally(source));

    internal WorkforceAccumulator PreviousStaff(string source) => _previousStaff ??= new WorkforceAccumulator(_settings.Workforce, NewTally(source));

    internal RecruitmentAccumulator Recruitment(string source) => _recruitment ??= new RecruitmentAccumulator(Year, NewTally(source));

    internal CaseAccumulator Cases(string source) => _cases ??= new CaseAccumulator(Year, Standard, NewTally(source));

    internal CaseAccumulator PreviousCases(string source) => _previousCases ??= new CaseAccumulator(Year.Previous, Standard, NewTally(source));

    internal TrainingAccumulator Training(string source) => _training ??= new TrainingAccumulator(Year, NewTally(source));

    internal BoardAccumulator Board(string source) => _board ??= new BoardAccumulator(NewTally(source));

    internal SurveyAccumulator Survey(string source) => _survey ??= new SurveyAccumulator(Standard, NewTally(source));

    private SourceTally NewTally(string source)
    {
        _report = null;
        return new SourceTally(source, _settings.MaxIssuesPerSource);
    }

    internal static string DefaultSource(InputPart part) => part switch
    {
        InputPart.Staff => "staff",
        InputPart.Recruitment => "recruitment",
        InputPart.Disciplinary => "disciplinary",
        InputPart.Training => "training",
        InputPart.Board => "board",
        InputPart.Survey => "survey",
        InputPart.PreviousStaff => "previous-staff",
        InputPart.PreviousDisciplinary => "previous-disciplinary",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a defined input part."),
    };
}
