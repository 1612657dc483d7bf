using Wres.Core;
using Wres.Core.Ingestion;
using Wres.Core.RollUp;
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
    private readonly PartReader _reader;

    /// <summary>Creates a reader with the default options.</summary>
    public WresFileReader()
        : this(new WresCalculator())
    {
    }

    /// <summary>Creates a reader that classifies and computes with the given calculator's options.</summary>
    /// <param name="calculator">The calculator.</param>
    public WresFileReader(WresCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        _reader = new PartReader(calculator, new ReaderSettings(calculator.Options));
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
        CheckHeaders(inputs.Provided());
        var routing = new Routing(year, standard, ByOrganisation: false, Directory: null);
        return new ReadScheduler(_reader, ChunkBytes).ReadAll(inputs.Provided(), routing, progress, cancellationToken).Unassigned;
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
        var scheduler = new ReadScheduler(_reader, ChunkBytes);
        var byColumn = scheduler.ReadAll(provided.Where(f => !JoinsToStaff(f.Part)), new Routing(year, standard, ByOrganisation: true, Directory: null), progress, cancellationToken);
        var directory = EmployeeDirectory.Build(byColumn);
        var byEmployee = scheduler.ReadAll(provided.Where(f => JoinsToStaff(f.Part)), new Routing(year, standard, ByOrganisation: true, directory), progress, cancellationToken);
        byColumn.Merge(byEmployee);
        byColumn.ShareInputs();
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
                    using var table = CsvTable.Open(file, InputParsers.Schema(part), encoding: null, progress: null);
                }
                catch (NotUtf8Exception)
                {
                    using var table = CsvTable.Open(file, InputParsers.Schema(part), Encodings.Windows1252, progress: null);
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

    /// <summary>Whether an input's rows carry no organisation and go by their employee's.</summary>
    private static bool JoinsToStaff(InputPart part) => part is InputPart.Disciplinary or InputPart.PreviousDisciplinary or InputPart.Training;
}
