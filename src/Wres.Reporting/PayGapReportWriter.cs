using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Wres.Core.PayGaps;
using Wres.Reporting.Contract;
using Wres.Reporting.Writers;

namespace Wres.Reporting;

/// <summary>
/// Writes a pay gap report (<see cref="PayGapReport"/>, or an organisations' <see cref="PayGapRollUpReport"/>) in any
/// <see cref="ReportFormat"/>: JSON as data-contract.md "Pay gaps" (schema <c>wres-report/1</c>, the <c>payGaps</c> section;
/// figures unrounded), text, Markdown, HTML (with a quartile chart) and CSV laid out from the same figures.
/// </summary>
/// <remarks>
/// Every figure comes from the report: the writer computes only last year's change (<see cref="PayGapWriterOptions.CompareWith"/>)
/// and applies disclosure control (<see cref="PayGapWriterOptions.Publish"/>). It never prints a row of the input.
/// </remarks>
public static class PayGapReportWriter
{
    /// <summary>Writes one organisation's (or one file's) pay gap report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="options">Publishing and comparison; <b>Default</b> neither.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options stay optional in both.")]
    public static void Write(PayGapReport report, ReportFormat format, TextWriter output, PayGapWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new PayGapWriterOptions();
        Write(PayGapJsonBuilder.Build(report, options, options.CompareWith), format, output);
    }

    /// <summary>Writes the combined pay gap report of several organisations, then each organisation's.</summary>
    /// <param name="report">The roll-up.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="options">Publishing and comparison; <b>Default</b> neither.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options stay optional in both.")]
    public static void Write(PayGapRollUpReport report, ReportFormat format, TextWriter output, PayGapWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        Write(PayGapJsonBuilder.Build(report, options ?? new PayGapWriterOptions()), format, output);
    }

    /// <summary>The report as a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">Publishing and comparison; <b>Default</b> neither.</param>
    /// <returns>The written report.</returns>
    public static string ToString(PayGapReport report, ReportFormat format, PayGapWriterOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, format, writer, options);
        return writer.ToString();
    }

    private static void Write(PayGapsReportDto report, ReportFormat format, TextWriter output)
    {
        switch (format)
        {
            case ReportFormat.Json:
                output.Write(JsonSerializer.Serialize(report, PayGapJsonContext.Default.PayGapsReportDto));
                output.WriteLine();
                break;
            case ReportFormat.Csv:
                new PayGapCsvWriter(output).Write(report);
                break;
            case ReportFormat.Text or ReportFormat.Markdown or ReportFormat.Html:
                new PayGapDocumentWriter(output, format).Write(report);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined report format.");
        }

        output.Flush();
    }
}
