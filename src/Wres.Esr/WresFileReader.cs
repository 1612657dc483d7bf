using System.Text;
using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.RollUp;
using Wres.Core.Workforce;
using Wres.Core.Validation;
using Wres.Esr.Internal;
using Wres.Esr.Parsing;

namespace Wres.Esr;

/// <summary>
/// Reads the CSV input files of a report into a <see cref="WresAccumulator"/>, streaming: rows go
/// straight into the accumulators, no list of all rows is ever built, and the files are read
/// concurrently. Every row is counted, excluded by a named rule, or rejected with its file, line,
/// column and a stable code.
/// </summary>
/// <remarks>
/// <para>Files are UTF-8 (with or without a byte-order mark); a file that is not valid UTF-8 is read as
/// Windows-1252 and the data-quality report notes it. Header names match case-insensitively, ignoring
/// surrounding spaces; extra columns are ignored; blank lines are skipped.</para>
/// <para>A file that cannot be read at all (missing, empty, binary, not CSV, or without a required
/// column) throws <see cref="EsrFileException"/>; nothing is computed then.</para>
/// <para>Thread-safe: one reader can serve many reads.</para>
/// </remarks>
public sealed class WresFileReader
{
    private readonly WresCalculator _calculator;

    /// <summary>Creates a reader with the default options.</summary>
    public WresFileReader()
        : this(new WresCalculator())
    {
    }

    /// <summary>Creates a reader that computes with the given calculator's options.</summary>
    /// <param name="calculator">The calculator.</param>
    public WresFileReader(WresCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        _calculator = calculator;
    }

    /// <summary>Reads the inputs.</summary>
    /// <param name="inputs">The files; any may be left out.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="standard">The standard; <b>Default</b> the WRES.</param>
    /// <param name="progress">Receives bytes read per file, from any thread; optional.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>An accumulator holding every input; call <see cref="WresAccumulator.ToReport"/>.</returns>
    /// <exception cref="EsrFileException">An input cannot be read at all.</exception>
    public WresAccumulator Read(
        WresInputs inputs,
        ReportingYear year,
        EqualityStandard standard = EqualityStandard.Wres,
        IProgress<ReadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(year);
        CheckHeaders(inputs.Provided());
        return ReadAll(inputs.Provided(), new Routing(year, standard, ByOrganisation: false, Directory: null), progress, cancellationToken).Unassigned;
    }

    /// <summary>
    /// Reads the inputs of several organisations, one accumulator per organisation: staff and
    /// recruitment rows go by their <c>Organisation</c> column; case and training rows by their
    /// employee's organisation in the staff file (this year's, else last year's). Rows with no
    /// organisation, and the board and survey files, count in the combined report only.
    /// </summary>
    /// <param name="inputs">The files; any may be left out.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="standard">The standard; <b>Default</b> the WRES.</param>
    /// <param name="progress">Receives bytes read per file, from any thread; optional.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The roll-up; call <see cref="WresRollUp.ToReport"/>.</returns>
    /// <exception cref="EsrFileException">An input cannot be read at all.</exception>
    public WresRollUp ReadByOrganisation(
        WresInputs inputs,
        ReportingYear year,
        EqualityStandard standard = EqualityStandard.Wres,
        IProgress<ReadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(year);
        var provided = inputs.Provided().ToArray();
        CheckHeaders(provided);
        var byColumn = ReadAll(provided.Where(f => !JoinsToStaff(f.Part)), new Routing(year, standard, ByOrganisation: true, Directory: null), progress, cancellationToken);
        var byEmployee = ReadAll(provided.Where(f => JoinsToStaff(f.Part)), new Routing(year, standard, ByOrganisation: true, byColumn.Directory()), progress, cancellationToken);
        byColumn.Merge(byEmployee, lineOffset: 0);
        byColumn.ShareParts();
        return byColumn;
    }

    /// <summary>
    /// Opens every input and matches its header before any is read: every file that cannot be read at all
    /// (missing, a folder, empty, not CSV, a required column missing) is reported together, at once, rather
    /// than the first one found after seconds spent reading the others.
    /// </summary>
    private static void CheckHeaders(IEnumerable<(InputPart Part, InputFile File)> provided)
    {
        List<EsrFileException>? problems = null;
        foreach (var (part, file) in provided)
        {
            try
            {
                try
                {
                    using var table = CsvTable.Open(file, Schema(part), encoding: null, progress: null);
                }
                catch (NotUtf8Exception)
                {
                    using var table = CsvTable.Open(file, Schema(part), Encodings.Windows1252, progress: null);
                }
            }
            catch (EsrFileException e)
            {
                (problems ??= []).Add(e);
            }
        }

        if (problems is not null)
        {
            throw problems[0].WithOthers(problems.Skip(1));
        }
    }

    private static bool JoinsToStaff(InputPart part) => part is InputPart.Disciplinary or InputPart.PreviousDisciplinary or InputPart.Training;

    private WresRollUp ReadAll(IEnumerable<(InputPart Part, InputFile File)> provided, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var files = provided.Select(f => new FileWork(f.Part, f.File, Plan(f.File, ChunkBytes))).ToArray();
        var work = files.SelectMany(f => f.Chunks.Select(c => (File: f, Chunk: c)))
            .OrderByDescending(w => w.Chunk is null ? w.File.File.Length ?? 0 : w.Chunk.End - w.Chunk.Start)
            .ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(work, options, w => w.File.Read(this, w.Chunk, routing, progress, cancellationToken));
        }
        catch (AggregateException e)
        {
            throw First(e);
        }

        var result = _calculator.CreateRollUp(routing.Year, routing.Standard);
        foreach (var file in files)
        {
            result.Merge(file.Finish(this, routing, progress, cancellationToken), lineOffset: 0);
        }

        return result;
    }

    /// <summary>How rows are sent to accumulators: all to one, or by organisation (by column, or by employee once the staff are read).</summary>
    private sealed record Routing(ReportingYear Year, EqualityStandard Standard, bool ByOrganisation, EmployeeDirectory? Directory);

    /// <summary>The size of the chunks a large file is cut into, so that every core has work to the end (tests set it small).</summary>
    internal long ChunkBytes { get; init; } = 24L << 20;

    /// <summary>
    /// Cuts a large file on disk into chunks of whole lines. A cut that falls inside a quoted field is
    /// noticed when the chunk before it ends in an open quote, and the file is then read in one piece.
    /// </summary>
    private static IReadOnlyList<Chunk?> Plan(InputFile file, long chunkBytes)
    {
        if (file.Path is null || file.Length is not { } length || length < 2 * chunkBytes)
        {
            return [null];
        }

        var pieces = (int)Math.Min(64, length / chunkBytes);
        var cuts = new List<long> { 0 };
        using (var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
        {
            var window = new byte[1 << 16];
            for (var i = 1; i < pieces; i++)
            {
                stream.Position = length * i / pieces;
                var read = stream.ReadAtLeast(window, window.Length, throwOnEndOfStream: false);
                var newline = window.AsSpan(0, read).IndexOf((byte)'\n');
                if (newline >= 0 && stream.Position - read + newline + 1 < length && stream.Position - read + newline + 1 > cuts[^1])
                {
                    cuts.Add(stream.Position - read + newline + 1);
                }
            }
        }

        if (cuts.Count == 1)
        {
            return [null];
        }

        IReadOnlyList<string> header;
        try
        {
            header = CsvTable.ReadHeader(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EsrFileException or CsvHelper.CsvFormatException)
        {
            return [null];
        }

        cuts.Add(length);
        return [.. Enumerable.Range(0, cuts.Count - 1).Select(i => new Chunk(i, cuts[i], cuts[i + 1], i == cuts.Count - 2, header))];
    }

    private static Exception First(AggregateException e)
    {
        var flat = e.Flatten().InnerExceptions;
        return flat.OfType<EsrFileException>().FirstOrDefault()
            ?? flat.OfType<OperationCanceledException>().FirstOrDefault()
            ?? (Exception)e;
    }

    /// <summary>One input file's reading: its chunks (or the whole file), then their merge in line order.</summary>
    private sealed class FileWork(InputPart part, InputFile file, IReadOnlyList<Chunk?> chunks)
    {
        private readonly (WresRollUp RollUp, int LineBreaks)?[] _results = new (WresRollUp, int)?[chunks.Count];
        private volatile bool _whole;

        public InputPart Part { get; } = part;

        public InputFile File { get; } = file;

        public IReadOnlyList<Chunk?> Chunks { get; } = chunks;

        public void Read(WresFileReader reader, Chunk? chunk, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
        {
            if (chunk is null)
            {
                _results[0] = (reader.ReadOne(Part, File, routing, progress, cancellationToken), 0);
                return;
            }

            if (_whole)
            {
                return;
            }

            try
            {
                _results[chunk.Index] = reader.ReadChunk(Part, File, chunk, routing, progress, cancellationToken);
            }
            catch (Exception e) when (e is ChunkBoundaryException or NotUtf8Exception or EsrFileException)
            {
                // Read the file in one piece instead: it finds the right encoding, and reports a real
                // problem with its true line number.
                _whole = true;
            }
        }

        public WresRollUp Finish(WresFileReader reader, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
        {
            if (_whole)
            {
                return reader.ReadOne(Part, File, routing, progress, cancellationToken);
            }

            var (first, lines) = _results[0]!.Value;
            first.Reserve([.. _results.Skip(1).Select(r => r!.Value.RollUp)]);
            for (var i = 1; i < _results.Length; i++)
            {
                var (chunk, breaks) = _results[i]!.Value;
                first.Merge(chunk, lines);
                lines += breaks;
            }

            return first;
        }
    }

    private (WresRollUp RollUp, int LineBreaks) ReadChunk(InputPart part, InputFile file, Chunk chunk, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var rollUp = _calculator.CreateRollUp(routing.Year, routing.Standard);
        var classifiers = new Classifiers(_calculator.Settings);
        using var table = CsvTable.Open(file, Schema(part), encoding: null, progress, chunk);
        Parse(part, file.Name, table, classifiers, rollUp, routing, cancellationToken);
        return (rollUp, table.LineBreaks);
    }

    private WresRollUp ReadOne(InputPart part, InputFile file, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var settings = _calculator.Settings;
        return WithEncodingFallback(
            file,
            encoding =>
            {
                var rollUp = _calculator.CreateRollUp(routing.Year, routing.Standard);
                var classifiers = new Classifiers(settings);
                using var table = CsvTable.Open(file, Schema(part), encoding, progress);
                var tally = Parse(part, file.Name, table, classifiers, rollUp, routing, cancellationToken);
                return (rollUp, tally);
            });
    }

    /// <summary>Parses one file (or chunk) into the roll-up and returns the tally of its file-level findings.</summary>
    private static SourceTally Parse(InputPart part, string name, CsvTable table, Classifiers classifiers, WresRollUp rollUp, Routing routing, CancellationToken cancellationToken)
    {
        var whole = rollUp.Unassigned;
        var routed = routing.ByOrganisation;
        switch (part)
        {
            case InputPart.Staff:
            case InputPart.PreviousStaff:
                Func<WresAccumulator, WorkforceAccumulator> staff = a => (WorkforceAccumulator)a.Open(part, name);
                if (routed)
                {
                    var sink = new RoutedStaffSink(rollUp, staff, classifiers);
                    StaffParser.Parse(table, classifiers, sink, cancellationToken);
                    return sink.TallyFor([]);
                }

                var staffPart = staff(whole);
                StaffParser.Parse(table, classifiers, new StaffReportSink(staffPart, classifiers), cancellationToken);
                return staffPart.Tally;
            case InputPart.Recruitment:
                if (routed)
                {
                    var sink = new RoutedApplicationSink(rollUp, name);
                    RecruitmentParser.Parse(table, classifiers, sink, cancellationToken);
                    return sink.TallyFor([]);
                }

                var recruitment = (RecruitmentAccumulator)whole.Open(part, name);
                RecruitmentParser.Parse(table, classifiers, new ApplicationReportSink(recruitment, rollUp.Year), cancellationToken);
                return recruitment.Tally;
            case InputPart.Disciplinary:
            case InputPart.PreviousDisciplinary:
                Func<WresAccumulator, CaseAccumulator> cases = a => (CaseAccumulator)a.Open(part, name);
                if (routing.Directory is { } caseDirectory)
                {
                    var sink = new RoutedCaseSink(rollUp, caseDirectory, cases);
                    DisciplinaryParser.Parse(table, classifiers, sink, cancellationToken);
                    return sink.TallyFor([]);
                }

                var casePart = cases(whole);
                DisciplinaryParser.Parse(table, classifiers, new CaseReportSink(casePart), cancellationToken);
                return casePart.Tally;
            case InputPart.Training:
                if (routing.Directory is { } trainingDirectory)
                {
                    var sink = new RoutedTrainingSink(rollUp, trainingDirectory, name);
                    TrainingParser.Parse(table, sink, cancellationToken);
                    return sink.TallyFor([]);
                }

                var training = (TrainingAccumulator)whole.Open(part, name);
                TrainingParser.Parse(table, new TrainingReportSink(training), cancellationToken);
                return training.Tally;
            case InputPart.Board:
                var board = (BoardAccumulator)whole.Open(part, name);
                BoardParser.Parse(table, classifiers, new BoardReportSink(board));
                return board.Tally;
            case InputPart.Survey:
                var survey = (SurveyAccumulator)whole.Open(part, name);
                SurveyParser.Parse(table, classifiers, routing.Standard, new SurveyReportSink(survey));
                return survey.Tally;
            default:
                throw new ArgumentOutOfRangeException(nameof(part), part, "Not a defined input part.");
        }
    }

    internal static FileSchema Schema(InputPart part) => part switch
    {
        InputPart.Staff or InputPart.PreviousStaff => Columns.Staff,
        InputPart.Recruitment => Columns.Recruitment,
        InputPart.Disciplinary or InputPart.PreviousDisciplinary => Columns.Disciplinary,
        InputPart.Training => Columns.Training,
        InputPart.Board => Columns.Board,
        InputPart.Survey => Columns.Survey,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a defined input part."),
    };

    /// <summary>
    /// Reads a file as UTF-8 (checked record by record); if it is not valid UTF-8, reads it again from the start as
    /// Windows-1252 (what Excel in the UK saves) and notes that on the file's tally.
    /// </summary>
    internal static T WithEncodingFallback<T>(InputFile file, Func<Encoding?, (T Result, SourceTally Tally)> read)
    {
        try
        {
            return read(null).Result;
        }
        catch (NotUtf8Exception)
        {
            var (result, tally) = read(Encodings.Windows1252);
            tally.FileIssue(WresErrorCodes.ReadAsWindows1252, IssueSeverity.Note,
                $"{file.Name} is not valid UTF-8, so it was read as Windows-1252 (what Excel saves as CSV in the UK).");
            return result;
        }
    }
}
