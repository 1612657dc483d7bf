using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Wres.Core;
using Wres.Reporting.Internal;
using Wres.Reporting.Writers;

namespace Wres.Reporting;

/// <summary>
/// Writes a <see cref="WresReport"/> as text, Markdown, JSON (<c>wres-report/1</c>), HTML or CSV. Stateless and
/// thread-safe.
/// </summary>
/// <remarks>
/// <para>JSON and CSV carry unrounded numbers; text, Markdown and HTML round for display only (ratios to 2 decimal
/// places, percentages to 1, p-values to 3, midpoints away from zero). Every format shows the report's own fields
/// and nothing else: never an input row.</para>
/// <para>With <see cref="ReportWriterOptions.Publish"/> every count shown passes through disclosure control; the
/// percentages, likelihoods and ratios are computed from the true counts, as the rules require.</para>
/// </remarks>
/// <example>
/// <code>
/// var report = new WresCalculator().Calculate(dataset, ReportingYear.EndingIn(2026), organisation: "Example NHS Trust");
/// File.WriteAllText("wres.html", ReportWriter.ToString(report, ReportFormat.Html, new ReportWriterOptions { Publish = true }));
/// </code>
/// </example>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a report to a text writer.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="options">Publication settings; <see langword="null"/> for the defaults (no disclosure control).</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (TextWriter or Stream), so a call is never ambiguous; options stay optional in both.")]
    public static void Write(WresReport report, ReportFormat format, TextWriter output, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var view = new ReportView(report, options ?? new ReportWriterOptions());
        switch (format)
        {
            case ReportFormat.Text:
                new TextReportWriter(view, output).Write();
                break;
            case ReportFormat.Markdown:
                new MarkdownReportWriter(view, output).Write();
                break;
            case ReportFormat.Json:
                new JsonReportWriter(view, output).Write();
                break;
            case ReportFormat.Html:
                new HtmlReportWriter(view, output).Write();
                break;
            case ReportFormat.Csv:
                new CsvReportWriter(view, output).Write();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined report format.");
        }
    }

    /// <summary>Writes a report to a stream as UTF-8 without a byte-order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; flushed, not closed.</param>
    /// <param name="options">Publication settings; <see langword="null"/> for the defaults (no disclosure control).</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (TextWriter or Stream), so a call is never ambiguous; options stay optional in both.")]
    public static void Write(WresReport report, ReportFormat format, Stream output, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
        Write(report, format, writer, options);
        writer.Flush();
    }

    /// <summary>Writes a report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">Publication settings; <see langword="null"/> for the defaults (no disclosure control).</param>
    /// <returns>The report in the format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    public static string ToString(WresReport report, ReportFormat format, ReportWriterOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, format, writer, options);
        return writer.ToString();
    }
}
