using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Wres.Core;
using Wres.Core.RollUp;
using Wres.Esr;
using Wres.Excel;
using Wres.Reporting;
using Wres.Synthetic;

namespace Wres.Cli;

/// <summary>
/// The <c>wres</c> commands: <c>report</c>, <c>paygap</c>, <c>validate</c>, <c>inspect</c> and <c>sample</c>. Errors go to standard
/// error as one readable line each, never a stack trace; exit codes are 0 (written, every row
/// accepted), 1 (written, some rows rejected) and 2 (nothing written).
/// </summary>
internal sealed partial class WresCli(TextWriter output, TextWriter error, IClock clock, TextWriter? terminal)
{
    private readonly Option<string?> _staff = new("--staff") { Description = "Staff-in-post extract (one row per assignment)." };
    private readonly Option<string?> _recruitment = new("--recruitment") { Description = "Applications (one row per application)." };
    private readonly Option<string?> _disciplinary = new("--disciplinary") { Description = "Disciplinary and capability cases (one row per case)." };
    private readonly Option<string?> _training = new("--training") { Description = "Courses taken (one row per course)." };
    private readonly Option<string?> _board = new("--board") { Description = "Board members at the snapshot date." };
    private readonly Option<string?> _survey = new("--survey") { Description = "Staff survey results." };
    private readonly Option<string?> _previousStaff = new("--previous-staff") { Description = "Last year's staff extract (two-year indicator 3)." };
    private readonly Option<string?> _previousDisciplinary = new("--previous-disciplinary") { Description = "Last year's cases (two-year indicator 3)." };
    private readonly Option<string?> _yearEnd = new("--year-end") { Description = "Last day of the reporting year, e.g. 2026-03-31 [default: the most recent 31 March]." };
    private readonly Option<string?> _mapping = new("--mapping") { Description = "A mapping file (JSON): your own names for columns and values (see wres inspect --write-mapping)." };
    private readonly Option<string?> _writeMapping = new("--write-mapping") { Description = "Write a mapping file to fill in: the unmatched headers and unclassified values found." };
    private readonly Option<int?> _targetYear = new("--target-year") { Description = "The Model Employer target year, by its 31 March (2028 = 2027/28) [default: 2028]." };
    private readonly Option<string?> _organisation = new("--organisation") { Description = "The organisation's name for the report." };
    private readonly Option<string> _format = new("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
    private readonly Option<string?> _output = new("--output") { Description = "Write to this file instead of standard output (required for --format xlsx)." };
    private readonly Option<string?> _sheet = new("--sheet") { Description = "The worksheet to read from every .xlsx input [default: the first sheet]." };
    private readonly Option<bool> _detail = new("--detail") { Description = "Show the workforce and indicators 1 and 2 by the detailed ethnic groups (White British, White Irish, …) beside White and BME (WRES)." };
    private readonly Option<bool> _publish = new("--publish") { Description = "Apply disclosure control to every count (for publication)." };
    private readonly Option<bool> _sample = new("--sample") { Description = "Run on the synthetic trust shipped with the tool (never mixed with your own files)." };
    private readonly Option<string> _standard = new("--standard") { Description = "The standard to compute.", DefaultValueFactory = _ => "wres" };
    private readonly Option<bool> _byOrganisation = new("--by-organisation") { Description = "Report each organisation (the Organisation column of the staff and recruitment files) as well as all of them combined." };
    private readonly Option<string?> _compareWith = new("--compare-with") { Description = "Last year's report as JSON (--format json): show last year's value and the change beside every figure." };
    private readonly Option<string> _sampleOutput = new("--output") { Description = "The folder to write the sample files to.", Required = true };
    private readonly Option<int> _staffCount = new("--staff-count") { Description = "People in the synthetic trust.", DefaultValueFactory = _ => new SyntheticTrustOptions().StaffCount };
    private readonly Option<int> _organisations = new("--organisations") { Description = "Organisations to spread the people and vacancies over (codes RXX01, RXX02, …; 1 writes RXX).", DefaultValueFactory = _ => new SyntheticTrustOptions().Organisations };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed: the same seed always writes the same files.", DefaultValueFactory = _ => new SyntheticTrustOptions().Seed };

    public int Run(string[] args)
    {
        var root = Commands();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"wres: {OneLine(problem.Message)}");
            }

            error.WriteLine("Run 'wres --help' for usage.");
            return ExitCodes.NothingWritten;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (EsrFileException e)
        {
            foreach (var problem in e.Others.Prepend(e))
            {
                error.WriteLine($"wres: {OneLine(problem.Message)} [{problem.Code}]");
            }
        }
        catch (UsageException e)
        {
            error.WriteLine($"wres: {OneLine(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"wres: {OneLine(e.Message)}");
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("wres: cancelled.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"wres: unexpected error ({e.GetType().Name}): {OneLine(e.Message)}");
        }

        return ExitCodes.NothingWritten;
    }

    private RootCommand Commands()
    {
        _format.AcceptOnlyFromAmong("text", "markdown", "json", "html", "csv", "xlsx");
        _standard.AcceptOnlyFromAmong("wres", "wdes");

        var report = new Command("report", "Compute the report and write it.");
        AddInputOptions(report);
        report.Options.Add(_format);
        report.Options.Add(_output);
        report.Options.Add(_publish);
        report.Options.Add(_compareWith);
        report.Options.Add(_targetYear);
        report.Options.Add(_detail);
        report.Options.Add(_byOrganisation);
        report.Options.Add(_pay);
        report.SetAction(parsed => Report(parsed, validateOnly: false));

        var validate = new Command("validate", "Check the input files and write the data-quality report only.");
        AddInputOptions(validate);
        validate.Options.Add(_format);
        validate.Options.Add(_output);
        validate.Options.Add(_byOrganisation);
        validate.SetAction(parsed => Report(parsed, validateOnly: true));

        var inspect = new Command("inspect", "Show how each input file's layout, headers and values are read, without computing anything.");
        AddInputOptions(inspect);
        inspect.Options.Add(_pay);
        inspect.Options.Add(_writeMapping);
        inspect.SetAction(Inspect);

        var sample = new Command("sample", "Write a synthetic trust's input files.") { _sampleOutput, _staffCount, _seed, _organisations };
        sample.SetAction(Sample);

        return new RootCommand("Computes the NHS Workforce Race (or Disability) Equality Standard report from ESR and related CSV files.")
        {
            report,
            PayGapCommand(),
            validate,
            inspect,
            sample,
        };
    }

    /// <summary>The Model Employer options with <c>--target-year</c>, checked (a usage error outside 2000 to 2100).</summary>
    private Wres.Core.Trajectory.ModelEmployerOptions TargetYear(ParseResult parsed)
    {
        var options = new Wres.Core.Trajectory.ModelEmployerOptions();
        if (parsed.GetValue(_targetYear) is { } year)
        {
            if (year is < 2000 or > 2100)
            {
                throw new UsageException($"--target-year {year} is not a year from 2000 to 2100.");
            }

            options.TargetYear = year;
        }

        return options;
    }

    private void AddInputOptions(Command command)
    {
        foreach (var option in new Option[] { _staff, _recruitment, _disciplinary, _training, _board, _survey, _previousStaff, _previousDisciplinary, _mapping, _sheet, _yearEnd, _organisation, _sample, _standard })
        {
            command.Options.Add(option);
        }
    }

    private int Report(ParseResult parsed, bool validateOnly)
    {
        var workbook = parsed.GetValue(_format) == "xlsx";
        if (workbook && parsed.GetValue(_output) is null)
        {
            throw new UsageException("--format xlsx writes a workbook: give --output FILE.xlsx.");
        }

        var useSample = parsed.GetValue(_sample);
        var inputs = Inputs(parsed, useSample);
        var year = Year(parsed, useSample);
        var standard = parsed.GetValue(_standard) == "wdes" ? EqualityStandard.Wdes : EqualityStandard.Wres;
        var organisation = parsed.GetValue(_organisation) ?? (useSample ? SampleTrust.Organisation : null);
        var format = Format(parsed.GetValue(_format));
        var previous = !validateOnly && parsed.GetValue(_compareWith) is { } comparePath ? Previous(comparePath, standard, year) : null;
        var reader = new WresFileReader(MappingOption.Calculator(parsed.GetValue(_mapping)));

        var options = validateOnly
            ? new ReportWriterOptions { DataQualityOnly = true, Synthetic = useSample }
            : new ReportWriterOptions { Publish = parsed.GetValue(_publish), CompareWith = previous, Synthetic = useSample, ModelEmployer = TargetYear(parsed), Detail = parsed.GetValue(_detail) };
        if (parsed.GetValue(_byOrganisation))
        {
            if (parsed.GetValue(_pay) is not null)
            {
                throw new UsageException("--pay with --by-organisation: write each organisation's pay gaps with wres paygap --by-organisation.");
            }

            RollUpReport rollUp;
            using (var progress = Progress(inputs))
            {
                rollUp = reader.ReadByOrganisation(inputs, year, standard, progress).ToReport(organisation);
            }

            if (workbook)
            {
                WriteFile(parsed.GetValue(_output)!, stream => ExcelReportWriter.Write(rollUp, stream, options));
            }
            else
            {
                Write(parsed.GetValue(_output), writer => ReportWriter.Write(rollUp, format, writer, options));
            }

            return Rejections(rollUp.Combined, parsed.GetValue(_output));
        }

        WresReport report;
        using (var progress = Progress(inputs))
        {
            report = reader.Read(inputs, year, standard, progress).ToReport(organisation);
        }

        options.PayGaps = validateOnly ? null : PayGapsForReport(parsed, reader, inputs, year, organisation);
        if (workbook)
        {
            WriteFile(parsed.GetValue(_output)!, stream => ExcelReportWriter.Write(report, stream, options));
        }
        else
        {
            Write(parsed.GetValue(_output), writer => ReportWriter.Write(report, format, writer, options));
        }

        var code = Rejections(report, parsed.GetValue(_output));
        return options.PayGaps is { } payGaps ? Math.Max(code, Rejections(payGaps.DataQuality, parsed.GetValue(_output))) : code;
    }

    /// <summary>
    /// The exit code, after one summary line on standard error when rows were rejected (how many, in which files,
    /// the first one's file, line, column and code, and where the full list is), so that a run writing to a file
    /// is never silent about rows it left out. The combined report of a roll-up holds every row.
    /// </summary>
    private int Rejections(WresReport report, string? outputPath)
    {
        if (RejectionSummary.Describe(report.DataQuality, outputPath) is not { } summary)
        {
            return ExitCodes.Success;
        }

        error.WriteLine($"wres: {summary}");
        return ExitCodes.RowsRejected;
    }

    /// <summary>An input file by its path: an .xlsx (by its name or its first bytes) through Wres.Excel, the sheet read as the CSV reader reads a file.</summary>
    private InputFile Open(ParseResult parsed, string path)
    {
        var sheet = parsed.GetValue(_sheet);
        if (sheet is not null && string.IsNullOrWhiteSpace(sheet))
        {
            throw new UsageException("--sheet needs the name of a worksheet.");
        }

        return ExcelInput.IsWorkbook(path) ? ExcelInput.FromPath(path, sheet) : InputFile.FromPath(path);
    }

    private WresInputs Inputs(ParseResult parsed, bool useSample)
    {
        InputFile? File(Option<string?> option) => parsed.GetValue(option) is not { } path ? null : Open(parsed, path);

        var inputs = new WresInputs
        {
            Staff = File(_staff),
            Recruitment = File(_recruitment),
            Disciplinary = File(_disciplinary),
            Training = File(_training),
            Board = File(_board),
            Survey = File(_survey),
            PreviousStaff = File(_previousStaff),
            PreviousDisciplinary = File(_previousDisciplinary),
        };
        if (useSample)
        {
            var given = new[] { _staff, _recruitment, _disciplinary, _training, _board, _survey, _previousStaff, _previousDisciplinary }
                .Where(o => parsed.GetValue(o) is not null)
                .Select(o => o.Name)
                .ToArray();
            return given.Length == 0
                ? SampleTrust.Inputs
                : throw new UsageException(
                    $"--sample runs on the synthetic trust alone and cannot be combined with {string.Join(", ", given)}: synthetic data is never mixed with your files. Leave out --sample to report on your files.");
        }

        if (inputs == new WresInputs())
        {
            throw new UsageException("no input files: give --staff (and the other files you have), or --sample for the synthetic trust.");
        }

        return inputs;
    }

    private ReportingYear Year(ParseResult parsed, bool useSample)
    {
        if (parsed.GetValue(_yearEnd) is not { } text)
        {
            return useSample
                ? ReportingYear.EndingIn(SampleTrust.YearEnd)
                : ReportingYear.MostRecentOnOrBefore(LondonClock.Today(clock.GetCurrentInstant()));
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success
            ? ReportingYear.EndingOn(result.Value)
            : throw new UsageException($"--year-end '{text}' is not a date like 2026-03-31.");
    }

    private static ReportFormat Format(string? format) => format switch
    {
        "markdown" => ReportFormat.Markdown,
        "json" => ReportFormat.Json,
        "html" => ReportFormat.Html,
        "csv" => ReportFormat.Csv,
        _ => ReportFormat.Text,
    };

    private TerminalProgress? Progress(WresInputs inputs)
    {
        if (terminal is null)
        {
            return null;
        }

        var total = new[] { inputs.Staff, inputs.Recruitment, inputs.Disciplinary, inputs.Training, inputs.Board, inputs.Survey, inputs.PreviousStaff, inputs.PreviousDisciplinary }
            .Sum(f => f?.Length ?? 0);
        return total >= TerminalProgress.Threshold ? new TerminalProgress(terminal, total) : null;
    }

    /// <summary>Writes to the output file (removed again if writing fails) or to standard output.</summary>
    private void Write(string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(output);
            output.Flush();
            return;
        }

        WriteFile(path, stream =>
        {
            using var file = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(file);
        });
    }

    /// <summary>Writes the output file's bytes (the file is removed again if writing fails).</summary>
    private static void WriteFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--output {path} is a folder: give the path of the file to write.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var file = new FileStream(full, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            write(file);
        }
        catch
        {
            File.Delete(full);
            throw;
        }
    }

    private int Sample(ParseResult parsed)
    {
        var options = new SyntheticTrustOptions { StaffCount = parsed.GetValue(_staffCount), Seed = parsed.GetValue(_seed), Organisations = parsed.GetValue(_organisations), IncludePay = true };
        if (options.StaffCount is < 100 or > SyntheticTrustOptions.MaximumStaffCount)
        {
            throw new UsageException($"--staff-count must be between 100 and {SyntheticTrustOptions.MaximumStaffCount}.");
        }

        if (options.Organisations is < 1 or > SyntheticTrustOptions.MaximumOrganisations)
        {
            throw new UsageException($"--organisations must be between 1 and {SyntheticTrustOptions.MaximumOrganisations}.");
        }

        foreach (var path in SyntheticTrust.WriteCsv(options, parsed.GetValue(_sampleOutput)!))
        {
            output.WriteLine(path);
        }

        return ExitCodes.Success;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
