using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Wres.Core;
using Wres.Core.Ingestion;
using Wres.Core.PayGaps;
using Wres.Core.RollUp;
using Wres.Esr.Internal;

namespace Wres.Esr;

/// <summary>
/// Reads the CSV input files of a report into a <see cref="WresAccumulator"/>, streaming: rows go
/// straight into the accumulators, no list of all rows is ever built, and the files are read
/// concurrently. Every row is counted, excluded by a named rule, or rejected with its file, line,
/// column and a stable code.
/// </summary>
/// <remarks>
/// <para>Files are UTF-8 (with or without a byte-order mark) or UTF-16 with its byte-order mark; a file that is not
/// valid UTF-8 is read as Windows-1252 and the data-quality report notes it. The delimiter (comma, tab, semicolon or
/// pipe) and the header line (within the first 10, lines above it being a preamble) are found from the file. Header
/// names match ignoring case, spaces and <c>_ - . /</c>, by the contract's names, their aliases and the mapping
/// file's columns (<see cref="WresOptions.Mapping"/>); what is not used, absent or skipped is noted in the data quality.
/// Blank lines, and lines of only delimiters, are skipped.</para>
/// <para>A file that cannot be read at all (missing, empty, binary, not CSV, or without a required
/// column) throws <see cref="EsrFileException"/>; nothing is computed then.</para>
/// <para>Thread-safe: one reader can serve many reads.</para>
/// </remarks>
public sealed partial class WresFileReader
{
    private readonly PartReader _reader;
    private readonly ReaderSettings _settings;
    private readonly int _parallelism;
    private readonly ILogger<WresFileReader>? _logger;
    // Built on the first pay read: its options were validated with the calculator's, and building it runs the options
    // validator again (hundreds of milliseconds cold), which a run without a pay file should not pay for.
    private readonly Lazy<PayGapCalculator> _payCalculator;

    /// <summary>Creates a reader with the default options.</summary>
    public WresFileReader()
        : this(new WresCalculator())
    {
    }

    /// <summary>Creates a reader that classifies and computes with the given calculator's options.</summary>
    /// <param name="calculator">The calculator.</param>
    /// <param name="options">How the reader uses the machine; <b>Default</b> every core.</param>
    /// <param name="logger">
    /// Receives a summary after each read: each input's rows read, counted, excluded and rejected, the rejections by
    /// code, and the time taken (no cell values); optional.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="WresFileReaderOptions.MaxDegreeOfParallelism"/> is below 1.</exception>
    public WresFileReader(WresCalculator calculator, WresFileReaderOptions? options = null, ILogger<WresFileReader>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        _parallelism = (options ?? new WresFileReaderOptions()).Resolve();
        var calculatorOptions = calculator.Options;
        _settings = new ReaderSettings(calculatorOptions);
        _payCalculator = new Lazy<PayGapCalculator>(() => new PayGapCalculator(calculatorOptions));
        _reader = new PartReader(calculator, _settings);
        _logger = logger;
    }

    /// <summary>The size of the chunks a large file is cut into, so that every core has work to the end (tests set it small).</summary>
    internal long ChunkBytes { get; init; } = 24L << 20;

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
        return ReadPrepared(
            inputs,
            (prepared, scheduler) => scheduler.ReadAll(prepared, new Routing(year, standard, ByOrganisation: false, Directory: null), progress, cancellationToken).Unassigned,
            (accumulator, started) => LogSummary([accumulator], started));
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
        return ReadPrepared(
            inputs,
            (prepared, scheduler) =>
            {
                var byColumn = scheduler.ReadAll(prepared.Where(f => !JoinsToStaff(f.Part)), new Routing(year, standard, ByOrganisation: true, Directory: null), progress, cancellationToken);
                var directory = EmployeeDirectory.Build(byColumn);
                var byEmployee = scheduler.ReadAll(prepared.Where(f => JoinsToStaff(f.Part)), new Routing(year, standard, ByOrganisation: true, directory), progress, cancellationToken);
                byColumn.Merge(byEmployee);
                byColumn.ShareInputs();
                return byColumn;
            },
            LogSummary);
    }

    /// <summary>
    /// Opens every input once, finds its layout and matches its header before any is read: every file that cannot be read
    /// at all (missing, a folder, empty, not CSV, a required column missing, a mapping naming no column of its contract)
    /// is reported together, at once, rather than the first one found after seconds spent reading the others.
    /// </summary>
    /// <summary>Prepares every input, reads them, logs the summary and disposes what was prepared, whatever happens.</summary>
    private T ReadPrepared<T>(WresInputs inputs, Func<PreparedFile[], ReadScheduler, T> read, Action<T, long> log)
    {
        var started = Stopwatch.GetTimestamp();
        var prepared = Prepare(inputs.Provided(), _settings);
        try
        {
            var result = read(prepared, new ReadScheduler(_reader, ChunkBytes, _parallelism));
            log(result, started);
            return result;
        }
        finally
        {
            Dispose(prepared);
        }
    }

    internal static PreparedFile[] Prepare(IEnumerable<(InputPart Part, InputFile File)> provided, ReaderSettings settings)
    {
        List<EsrFileException>? problems = null;
        var prepared = new List<PreparedFile>();
        foreach (var (part, file) in provided)
        {
            try
            {
                prepared.Add(PreparedFile.Prepare(part, file, settings));
            }
            catch (EsrFileException e)
            {
                (problems ??= []).Add(e);
            }
        }

        if (problems is not null)
        {
            Dispose(prepared);
            throw problems[0].WithOthers(problems.Skip(1));
        }

        return [.. prepared];
    }

    private static void Dispose(IEnumerable<PreparedFile> files)
    {
        foreach (var file in files)
        {
            file.Dispose();
        }
    }

    /// <summary>Whether an input's rows carry no organisation and go by their employee's.</summary>
    private static bool JoinsToStaff(InputPart part) => part is InputPart.Disciplinary or InputPart.PreviousDisciplinary or InputPart.Training;
}
