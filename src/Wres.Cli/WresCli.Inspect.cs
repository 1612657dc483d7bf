using System.CommandLine;
using Wres.Core;
using Wres.Esr;
using Wres.Esr.Inspection;
using Wres.Reporting;

namespace Wres.Cli;

/// <summary>wres inspect, and reading last year's report for --compare-with.</summary>
internal sealed partial class WresCli
{
    private int Inspect(ParseResult parsed)
    {
        var inputs = InspectInputs(parsed);
        var files = new WresFileInspector(MappingOption.Calculator(parsed.GetValue(_mapping))).Inspect(inputs);
        if (parsed.GetValue(_writeMapping) is { } path)
        {
            if (Directory.Exists(path))
            {
                throw new UsageException($"--write-mapping {path} is a folder: give the path of the mapping file to write.");
            }

            using (var file = File.Create(path))
            {
                MappingSkeleton.Write(files, file);
            }

            error.WriteLine($"wres: wrote the mapping to fill in to {path}; then run the report with --mapping {path}.");
        }

        var code = InspectCommand.Print(files, output);
        output.Flush();
        return code;
    }

    /// <summary>The WRES inputs and the pay file given to <c>wres inspect</c> (with <c>--sample</c>, every file of the sample, its pay file too).</summary>
    private WresInputs InspectInputs(ParseResult parsed)
    {
        var useSample = parsed.GetValue(_sample);
        if (parsed.GetValue(_pay) is not { } pay)
        {
            var inputs = Inputs(parsed, useSample);
            return useSample ? inputs with { Pay = SampleTrust.Pay } : inputs;
        }

        if (useSample)
        {
            throw new UsageException("--sample runs on the synthetic trust alone and cannot be combined with --pay: synthetic data is never mixed with your files.");
        }

        var others = new[] { _staff, _recruitment, _disciplinary, _training, _board, _survey, _previousStaff, _previousDisciplinary }.Any(o => parsed.GetValue(o) is not null);
        return (others ? Inputs(parsed, useSample: false) : new WresInputs()) with { Pay = Open(parsed, pay) };
    }

    /// <summary>Reads last year's report for <c>--compare-with</c> and checks it can be compared, before any input is read.</summary>
    private static PreviousReport Previous(string path, EqualityStandard standard, ReportingYear year)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"--compare-with {path} is a folder: give last year's JSON report file.");
        }

        PreviousReport previous;
        try
        {
            using var stream = File.OpenRead(path);
            previous = PreviousReport.Load(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"--compare-with: the file {path} does not exist.");
        }
        catch (FormatException e)
        {
            throw new UsageException($"--compare-with {path}: {e.Message}");
        }

        if (previous.Standard != standard)
        {
            throw new UsageException(
                $"--compare-with {path} is a {Code(previous.Standard)} report and this report is {Code(standard)}: compare reports of the same standard (--standard).");
        }

        return previous.Period.End < year.Start
            ? previous
            : throw new UsageException($"--compare-with {path} is for {previous.Year}, which is not earlier than this report's year {year}.");

        static string Code(EqualityStandard standard) => standard == EqualityStandard.Wdes ? "WDES" : "WRES";
    }
}
