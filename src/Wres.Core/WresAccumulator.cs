using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Indicators;
using Wres.Core.Ingestion;
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
/// <para>A part is <em>provided</em> once any of its <c>Add…</c> methods has been called (or it has been opened with
/// <see cref="OpenInput(InputPart, string)"/>), even with no records; a part never provided is reported as not
/// provided, never as zero.</para>
/// <para>Not thread-safe: use one accumulator per thread and merge them. Merging moves the other accumulator's rows
/// here, and the other cannot be used afterwards. <see cref="ToReport"/> changes nothing, so records can still be
/// added (or accumulators merged) after a report has been computed.</para>
/// </remarks>
public sealed class WresAccumulator
{
    private readonly CalculatorSettings _settings;
    private IInputPart?[] _parts = new IInputPart?[InputParts.Slots];
    private InputWriter?[] _writers = new InputWriter?[InputParts.Slots];
    private WresReport? _report;
    private long _reportVersion;
    private bool _mergedAway;

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
    public void AddStaff(IEnumerable<StaffAssignment> assignments) => AddStaff(assignments, InputPart.Staff);

    /// <summary>Adds last year's assignments (two-year indicator 3; fallback for joining cases).</summary>
    /// <param name="assignments">The assignments.</param>
    public void AddPreviousStaff(IEnumerable<StaffAssignment> assignments) => AddStaff(assignments, InputPart.PreviousStaff);

    private void AddStaff(IEnumerable<StaffAssignment> assignments, InputPart input)
    {
        var part = Typed<WorkforceAccumulator>(assignments, input);
        foreach (var (record, line) in new RecordCursor<StaffAssignment>(assignments, part.Tally.RowsRead))
        {
            part.Add(record, line);
        }
    }

    /// <summary>Adds applications (indicator 2).</summary>
    /// <param name="applications">The applications.</param>
    public void AddApplications(IEnumerable<JobApplication> applications)
    {
        var part = Typed<RecruitmentAccumulator>(applications, InputPart.Recruitment);
        foreach (var (record, line) in new RecordCursor<JobApplication>(applications, part.Tally.RowsRead))
        {
            part.Add(record, line);
        }
    }

    /// <summary>Adds cases (indicator 3, WDES metric 3).</summary>
    /// <param name="cases">The cases.</param>
    public void AddCases(IEnumerable<EmployeeRelationsCase> cases) => AddCases(cases, InputPart.Disciplinary);

    /// <summary>Adds last year's cases (two-year indicator 3).</summary>
    /// <param name="cases">The cases.</param>
    public void AddPreviousCases(IEnumerable<EmployeeRelationsCase> cases) => AddCases(cases, InputPart.PreviousDisciplinary);

    private void AddCases(IEnumerable<EmployeeRelationsCase> cases, InputPart input)
    {
        var part = Typed<CaseAccumulator>(cases, input);
        foreach (var (record, line) in new RecordCursor<EmployeeRelationsCase>(cases, part.Tally.RowsRead))
        {
            part.Add(record, line);
        }
    }

    /// <summary>Adds courses taken (indicator 4).</summary>
    /// <param name="records">The training records.</param>
    public void AddTraining(IEnumerable<TrainingRecord> records)
    {
        var part = Typed<TrainingAccumulator>(records, InputPart.Training);
        foreach (var (record, line) in new RecordCursor<TrainingRecord>(records, part.Tally.RowsRead))
        {
            part.Add(record, line);
        }
    }

    /// <summary>Adds board members (indicator 9).</summary>
    /// <param name="members">The members.</param>
    public void AddBoard(IEnumerable<BoardMember> members)
    {
        var part = Typed<BoardAccumulator>(members, InputPart.Board);
        foreach (var (record, line) in new RecordCursor<BoardMember>(members, part.Tally.RowsRead))
        {
            part.Add(record, line);
        }
    }

    /// <summary>Adds staff survey results (indicators 5 to 8).</summary>
    /// <param name="results">The results.</param>
    public void AddSurvey(IEnumerable<SurveyResult> results)
    {
        var part = Typed<SurveyAccumulator>(results, InputPart.Survey);
        foreach (var (record, line) in new RecordCursor<SurveyResult>(results, part.Tally.RowsRead))
        {
            part.Add(record, line);
        }
    }

    /// <summary>The part typed records are added to, opened under its default source name.</summary>
    private TPart Typed<TPart>(object records, InputPart part)
        where TPart : class, IInputPart
    {
        ArgumentNullException.ThrowIfNull(records);
        _report = null;
        return (TPart)Open(part, InputParts.DefaultSource(part));
    }

    /// <summary>
    /// Adds everything another accumulator for the same year and standard has gathered. Parts provided in
    /// either are provided in the result.
    /// </summary>
    /// <param name="other">The other accumulator. Its rows move here, so it cannot be used afterwards: any use throws <see cref="ObjectDisposedException"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> is this accumulator, or is for another year or standard.</exception>
    /// <exception cref="ObjectDisposedException">This accumulator, or <paramref name="other"/>, has already been merged into another.</exception>
    public void Merge(WresAccumulator other) => Merge(other, lineOffset: 0);

    /// <summary>
    /// Adds everything an accumulator that read a later piece of the same inputs has gathered: for a large file read
    /// in chunks, the chunk's line numbers start <paramref name="lineOffset"/> lines into the file. Parts provided in
    /// either are provided in the result.
    /// </summary>
    /// <param name="other">The other accumulator. Its rows move here, so it cannot be used afterwards: any use throws <see cref="ObjectDisposedException"/>.</param>
    /// <param name="lineOffset">How many lines of the files come before the other accumulator's first line (0 for a separate shard).</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> is this accumulator, or is for another year or standard.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineOffset"/> is negative.</exception>
    /// <exception cref="ObjectDisposedException">This accumulator, or <paramref name="other"/>, has already been merged into another.</exception>
    public void Merge(WresAccumulator other, int lineOffset)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfNegative(lineOffset);
        ThrowIfMergedAway();
        other.ThrowIfMergedAway();
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }

        if (!other.Year.Equals(Year) || other.Standard != Standard)
        {
            throw new ArgumentException("Only accumulators for the same reporting year and standard can be merged.", nameof(other));
        }

        _report = null;
        for (var slot = 1; slot < _parts.Length; slot++)
        {
            if (other._parts[slot] is not { } theirs)
            {
                continue;
            }

            if (_parts[slot] is null && lineOffset == 0)
            {
                // The other accumulator is not used again: its part moves here whole.
                theirs.HandOverTally();
                _parts[slot] = theirs;
                continue;
            }

            (_parts[slot] ??= Create((InputPart)slot, theirs.Tally.Source)).Merge(theirs, lineOffset);

            // Its rows are copied, so its pooled buffers can go back.
            theirs.Tally.Close();
            theirs.Release();
        }

        other.MergedAway();
    }

    /// <summary>
    /// Opens one input for a reader that adds its rows one by one: the low-level way in for a reader that parses and
    /// classifies values itself (see <see cref="InputWriter"/>). The input counts as provided from now on, even if no
    /// row is added. Opening an input again returns the same writer.
    /// </summary>
    /// <param name="part">The input.</param>
    /// <param name="source">The input's name in findings, usually the file name; kept from the first time the input is opened (typed records use <c>staff</c>, <c>recruitment</c>, …).</param>
    /// <returns>The input's writer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not a defined input.</exception>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    public InputWriter OpenInput(InputPart part, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (!InputParts.IsDefined(part))
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, "Not a defined input part.");
        }

        var input = Open(part, source);
        var slot = (int)part;
        return _writers[slot] is { } writer && writer.Writes(input) ? writer : _writers[slot] = new InputWriter(part, input);
    }

    /// <summary>Adds everything another accumulator holds, leaving it intact and usable.</summary>
    internal void MergeCopy(WresAccumulator other)
    {
        _report = null;
        for (var slot = 1; slot < _parts.Length; slot++)
        {
            if (other._parts[slot] is { } theirs)
            {
                (_parts[slot] ??= Create((InputPart)slot, theirs.Tally.Source)).Merge(theirs, 0);
            }
        }
    }

    /// <summary>Creates, empty, every part the other accumulator has and this one lacks.</summary>
    internal void AddMissingParts(WresAccumulator other)
    {
        for (var slot = 1; slot < _parts.Length; slot++)
        {
            if (other._parts[slot] is { } theirs && _parts[slot] is null)
            {
                _parts[slot] = Create((InputPart)slot, theirs.Tally.Source);
            }
        }
    }

    /// <summary>
    /// Makes room, once, for the rows of the chunks about to be merged in: each row is then copied once,
    /// and no buffer grows step by step, leaving its smaller predecessors behind.
    /// </summary>
    internal void Reserve(IReadOnlyList<WresAccumulator> others)
    {
        for (var slot = 1; slot < _parts.Length; slot++)
        {
            if (_parts[slot] is not { } mine)
            {
                continue;
            }

            var theirs = new List<IInputPart>(others.Count);
            foreach (var other in others)
            {
                if (other._parts[slot] is { } part)
                {
                    theirs.Add(part);
                }
            }

            mine.Reserve(theirs);
        }
    }

    /// <summary>Gives the pooled row buffers back; the accumulator must not be used afterwards.</summary>
    internal void ReleaseBuffers()
    {
        foreach (var part in _parts)
        {
            part?.Release();
        }
    }

    /// <summary>
    /// Computes the report from everything added so far. The accumulator is not changed; calling it
    /// again with nothing added in between returns the same report.
    /// </summary>
    /// <param name="organisation">The organisation's name for the report, if any.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ObjectDisposedException">The accumulator has been merged into another.</exception>
    public WresReport ToReport(string? organisation = null)
    {
        ThrowIfMergedAway();
        var version = Version();
        if (_report is null || _reportVersion != version || !string.Equals(_report.Organisation, organisation, StringComparison.Ordinal))
        {
            _report = ReportBuilder.Build(this, organisation);
            _reportVersion = version;
        }

        return _report;
    }

    /// <summary>Moves on whenever an input is opened or any tally changes (rows can arrive through an <see cref="InputWriter"/>, behind the accumulator's back).</summary>
    private long Version()
    {
        long version = 0;
        foreach (var part in _parts)
        {
            if (part is not null)
            {
                version += part.Tally.Changes + 1L;
            }
        }

        return version;
    }

    /// <summary>The part of an input, if it was provided.</summary>
    internal IInputPart? PartOf(InputPart part) => _parts[(int)part];

    internal WorkforceAccumulator? StaffPart => (WorkforceAccumulator?)_parts[(int)InputPart.Staff];

    internal WorkforceAccumulator? PreviousStaffPart => (WorkforceAccumulator?)_parts[(int)InputPart.PreviousStaff];

    internal RecruitmentAccumulator? RecruitmentPart => (RecruitmentAccumulator?)_parts[(int)InputPart.Recruitment];

    internal CaseAccumulator? CasesPart => (CaseAccumulator?)_parts[(int)InputPart.Disciplinary];

    internal CaseAccumulator? PreviousCasesPart => (CaseAccumulator?)_parts[(int)InputPart.PreviousDisciplinary];

    internal TrainingAccumulator? TrainingPart => (TrainingAccumulator?)_parts[(int)InputPart.Training];

    internal BoardAccumulator? BoardPart => (BoardAccumulator?)_parts[(int)InputPart.Board];

    internal SurveyAccumulator? SurveyPart => (SurveyAccumulator?)_parts[(int)InputPart.Survey];

    /// <summary>The part of an input, created empty (its findings under <paramref name="source"/>) when not yet provided.</summary>
    internal IInputPart Open(InputPart part, string source)
    {
        ThrowIfMergedAway();
        return _parts[(int)part] ??= Create(part, source);
    }

    private IInputPart Create(InputPart part, string source)
    {
        _report = null;
        return InputParts.Create(part, _settings, Year, Standard, new SourceTally(source, _settings.MaxIssuesPerSource));
    }

    /// <summary>After a merge: this accumulator's parts belong to the one it was merged into, so it lets go of them and refuses any further use.</summary>
    private void MergedAway()
    {
        _mergedAway = true;
        foreach (var writer in _writers)
        {
            writer?.Close();
        }

        _parts = new IInputPart?[InputParts.Slots];
        _writers = new InputWriter?[InputParts.Slots];
        _report = null;
    }

    private void ThrowIfMergedAway()
    {
        if (_mergedAway)
        {
            throw new ObjectDisposedException(
                nameof(WresAccumulator),
                "This accumulator has been merged into another one, which now holds its rows: add to and report from that one instead.");
        }
    }
}
