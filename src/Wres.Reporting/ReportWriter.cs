using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Wres.Core;
using Wres.Core.RollUp;
using Wres.Reporting.Document;
using Wres.Reporting.Internal;
using Wres.Reporting.Writers;

namespace Wres.Reporting;

/// <summary>
/// Writes a <see cref="WresReport"/>, or a <see cref="RollUpReport"/> of several organisations, as text, Markdown, JSON (<c>wres-report/1</c>), HTML or CSV. Stateless and
/// thread-safe.
/// </summary>
/// <remarks>
/// <para>JSON and CSV carry unrounded numbers; text, Markdown and HTML round for display only (ratios to 2 decimal
/// places, percentages to 1, p-values to 3, midpoints away from zero). Every format shows the report's own fields
/// and nothing else: never an input row.</para>
/// <para>With <see cref="ReportWriterOptions.Publish"/> every count shown passes through disclosure control; the
/// percentages, likelihoods and ratios are computed from the true counts, as the rules require.</para>
/// <para>Write to a <see cref="TextWriter"/>, to a string, or to a <see cref="Stream"/> as UTF-8 without a byte-order
/// mark, synchronously or with <c>WriteAsync</c> (which never writes or flushes the stream synchronously, as an
/// ASP.NET Core response body requires).</para>
/// </remarks>
/// <example>
/// <code>
/// var report = new WresCalculator().Calculate(dataset, ReportingYear.EndingIn(2026), organisation: "Example NHS Trust");
/// File.WriteAllText("wres.html", ReportWriter.ToString(report, ReportFormat.Html, new ReportWriterOptions { Publish = true }));
/// </code>
/// </example>
public static partial class ReportWriter
{
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
        Prepare(report, format, options).WriteTo(output);
    }

    /// <summary>
    /// Writes a roll-up (the reports of several organisations together) to a text writer: the combined report
    /// first, exactly as a single report is written, then every organisation's report in the same layout.
    /// </summary>
    /// <param name="report">The roll-up, from <see cref="WresRollUp.ToReport"/>.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="options">
    /// Settings for every report of the roll-up; <see langword="null"/> for the defaults. <see cref="ReportWriterOptions.Publish"/>
    /// applies disclosure control to every organisation's counts as well as the combined ones;
    /// <see cref="ReportWriterOptions.DataQualityOnly"/> writes the data quality of the combined report and of each
    /// organisation; with <see cref="ReportWriterOptions.CompareWith"/> the combined report is compared with last
    /// year's (combined) report, and each organisation with last year's report of the same organisation code when
    /// last year's report is a roll-up that has one (an organisation it does not have is shown without a comparison).
    /// </param>
    /// <remarks>
    /// <para>JSON: the top level is the combined report exactly as a single report's (schema <c>wres-report/1</c>,
    /// <c>organisation</c> the roll-up's name or <c>null</c>), followed by <c>organisations</c>: one full report per
    /// organisation in the same layout, its <c>organisation</c> the code, in the roll-up's order.</para>
    /// <para>Text, Markdown and HTML: the title and introduction, a table of the organisations at a glance
    /// (headcount, the focus group's share, the relative likelihoods and rows rejected, the combined figures last),
    /// then the combined report and one section per organisation headed <c>Organisation {code}</c>. HTML stays one
    /// self-contained page, with each report's charts in its section.</para>
    /// <para>CSV: one table with an <c>Organisation</c> column first; blank on the combined report's rows, the code
    /// on each organisation's rows.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    /// <exception cref="ArgumentException">Last year's report is of the other standard or not for an earlier year.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up, a TextWriter or a Stream), so a call is never ambiguous; options stay optional in all.")]
    public static void Write(RollUpReport report, ReportFormat format, TextWriter output, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        Prepare(report, format, options).WriteTo(output);
    }

    /// <summary>Writes a report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">Publication settings; <see langword="null"/> for the defaults (no disclosure control).</param>
    /// <returns>The report in the format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options stay optional in all.")]
    public static string ToString(WresReport report, ReportFormat format, ReportWriterOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, format, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes a roll-up to a string; see <see cref="Write(RollUpReport, ReportFormat, TextWriter, ReportWriterOptions?)"/> for the layout.</summary>
    /// <param name="report">The roll-up, from <see cref="WresRollUp.ToReport"/>.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">Settings for every report of the roll-up; <see langword="null"/> for the defaults.</param>
    /// <returns>The roll-up in the format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    /// <exception cref="ArgumentException">Last year's report is of the other standard or not for an earlier year.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options stay optional in all.")]
    public static string ToString(RollUpReport report, ReportFormat format, ReportWriterOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, format, writer, options);
        return writer.ToString();
    }

    /// <summary>The report ready to write in the format: the format is checked and the view built (which checks the options) before anything is written.</summary>
    private static PreparedReport Prepare(WresReport report, ReportFormat format, ReportWriterOptions? options)
    {
        CheckFormat(format);
        var view = new ReportView(report, options ?? new ReportWriterOptions());
        var payGaps = PayGapSection(options);
        return format switch
        {
            ReportFormat.Json => PreparedReport.Json(JsonReportWriter.Build(view) with { PayGaps = payGaps?.PayGaps }, report.Standard),
            ReportFormat.Csv => WithPayGaps(PreparedReport.Text(output => new CsvReportWriter(view, output).Write()), payGaps, format),
            _ => WithPayGaps(Document(ReportDocument.Build(view), format), payGaps, format),
        };
    }

    private static PreparedReport Prepare(RollUpReport report, ReportFormat format, ReportWriterOptions? options)
    {
        CheckFormat(format);
        var rollUp = new RollUpView(report, options ?? new ReportWriterOptions());
        return format switch
        {
            ReportFormat.Json => PreparedReport.Json(JsonReportWriter.Build(rollUp), report.Combined.Standard),
            ReportFormat.Csv => PreparedReport.Text(output => CsvReportWriter.Write(rollUp, output)),
            _ => Document(ReportDocument.Build(rollUp), format),
        };
    }

    /// <summary>The human-readable page in text, Markdown or HTML.</summary>
    private static PreparedReport Document(DocumentPage page, ReportFormat format) => format switch
    {
        ReportFormat.Text => PreparedReport.Text(output => new TextReportWriter(page, output).Write()),
        ReportFormat.Markdown => PreparedReport.Text(output => new MarkdownReportWriter(page, output).Write()),
        _ => PreparedReport.Text(output => new HtmlReportWriter(page, output).Write()),
    };

    private static void CheckFormat(ReportFormat format)
    {
        if (format is not (ReportFormat.Text or ReportFormat.Markdown or ReportFormat.Json or ReportFormat.Html or ReportFormat.Csv))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined report format.");
        }
    }
}
