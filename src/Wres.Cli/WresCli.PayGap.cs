using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Wres.Core.PayGaps;
using Wres.Esr;
using Wres.Reporting;

namespace Wres.Cli;

/// <summary><c>wres paygap</c>: the gender, ethnicity and disability pay gaps from a pay file (and the staff file for ethnicity and disability).</summary>
internal sealed partial class WresCli
{
    private readonly Option<string?> _pay = new("--pay") { Description = "Pay file for the pay gaps (one row per person or per assignment)." };
    private readonly Option<string?> _snapshot = new("--snapshot") { Description = "The pay gap snapshot date, e.g. 2026-03-31 [default: the end of the reporting year, --year-end]." };

    private Command PayGapCommand()
    {
        var command = new Command("paygap", "Compute the gender, ethnicity and disability pay gaps from a pay file and write them.");
        foreach (var option in new Option[] { _pay, _staff, _mapping, _sheet, _yearEnd, _snapshot, _organisation, _sample, _format, _output, _publish, _compareWith, _byOrganisation })
        {
            command.Options.Add(option);
        }

        command.SetAction(PayGap);
        return command;
    }

    private int PayGap(ParseResult parsed)
    {
        var useSample = parsed.GetValue(_sample);
        var inputs = PayInputs(parsed, useSample);
        var snapshot = Snapshot(parsed, useSample);
        var organisation = parsed.GetValue(_organisation) ?? (useSample ? SampleTrust.Organisation : null);
        var format = Format(parsed.GetValue(_format));
        var options = new PayGapWriterOptions
        {
            Publish = parsed.GetValue(_publish),
            CompareWith = parsed.GetValue(_compareWith) is { } comparePath ? PreviousPay(comparePath) : null,
        };
        var reader = new WresFileReader(MappingOption.Calculator(parsed.GetValue(_mapping)));
        if (parsed.GetValue(_byOrganisation))
        {
            var rollUp = reader.ReadPayByOrganisation(inputs, snapshot, organisation);
            Write(parsed.GetValue(_output), writer => PayGapReportWriter.Write(rollUp, format, writer, options));
            return Rejections(rollUp.Combined.DataQuality, parsed.GetValue(_output));
        }

        PayGapReport report;
        using (var accumulator = reader.ReadPay(inputs, snapshot))
        {
            report = accumulator.ToReport(organisation);
        }

        Write(parsed.GetValue(_output), writer => PayGapReportWriter.Write(report, format, writer, options));
        return Rejections(report.DataQuality, parsed.GetValue(_output));
    }

    /// <summary>The pay gaps for <c>wres report --pay</c>: the pay file read with the report's staff file, at the year's snapshot.</summary>
    private PayGapReport? PayGapsForReport(ParseResult parsed, WresFileReader reader, WresInputs inputs, Core.ReportingYear year, string? organisation)
    {
        if (parsed.GetValue(_pay) is not { } pay)
        {
            return null;
        }

        if (parsed.GetValue(_sample))
        {
            throw new UsageException("--sample runs on the synthetic trust alone and cannot be combined with --pay: run wres paygap --sample for the sample's pay gaps.");
        }

        using var accumulator = reader.ReadPay(inputs with { Pay = Open(parsed, pay) }, year.Snapshot);
        return accumulator.ToReport(organisation);
    }

    private int Rejections(Core.Validation.DataQualityReport quality, string? outputPath)
    {
        if (RejectionSummary.Describe(quality, outputPath) is not { } summary)
        {
            return ExitCodes.Success;
        }

        error.WriteLine($"wres: {summary}");
        return ExitCodes.RowsRejected;
    }

    private WresInputs PayInputs(ParseResult parsed, bool useSample)
    {
        var pay = parsed.GetValue(_pay);
        var staff = parsed.GetValue(_staff);
        if (useSample)
        {
            return pay is null && staff is null
                ? new WresInputs { Pay = SampleTrust.Pay, Staff = SampleTrust.Inputs.Staff }
                : throw new UsageException("--sample runs on the synthetic trust alone and cannot be combined with --pay or --staff: synthetic data is never mixed with your files. Leave out --sample to report on your files.");
        }

        return pay is null
            ? throw new UsageException("no pay file: give --pay (and --staff for ethnicity and disability the pay file leaves blank), or --sample for the synthetic trust.")
            : new WresInputs { Pay = Open(parsed, pay), Staff = staff is null ? null : Open(parsed, staff) };
    }

    /// <summary>The snapshot: <c>--snapshot</c>, else the end of the reporting year (<c>--year-end</c>, or the most recent 31 March).</summary>
    private LocalDate Snapshot(ParseResult parsed, bool useSample)
    {
        if (parsed.GetValue(_snapshot) is not { } text)
        {
            return Year(parsed, useSample).Snapshot;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success ? result.Value : throw new UsageException($"--snapshot '{text}' is not a date like 2026-03-31.");
    }

    private static PreviousPayGaps PreviousPay(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"--compare-with {path} is a folder: give last year's JSON pay gap report file.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return PreviousPayGaps.Load(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"--compare-with: the file {path} does not exist.");
        }
        catch (FormatException e)
        {
            throw new UsageException($"--compare-with {path}: {e.Message}");
        }
    }
}
