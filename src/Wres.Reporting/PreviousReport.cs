using System.Text.Json;
using NodaTime;
using Wres.Core;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting;

/// <summary>
/// Last year's report, read back from the JSON (schema <c>wres-report/1</c>) that <see cref="ReportWriter"/> writes,
/// for a year-on-year comparison through <see cref="ReportWriterOptions.CompareWith"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Keeps what a comparison needs: the standard and period, the workforce figures, every row of indicator 1
/// (by segment and row), the counts, likelihoods, ratio, 95% confidence interval and band of indicators 2 to 4,
/// the survey percentages and gaps, and the board's members. Numbers are kept unrounded, as written; a
/// <c>null</c> stays unknown, and so does a suppressed count of a published report (<c>null</c> beside
/// <c>…Suppressed: true</c>, or the text <c>*</c> or <c>&lt;5</c> that reports written before those siblings
/// existed have). Each indicator is read by its <c>kind</c>; a report written before <c>kind</c> existed is read by
/// the fields each indicator has. An indicator last year's report marks <c>NotProvided</c> has no counterpart.</para>
/// <para>When last year's report is a roll-up (written from a <see cref="Core.RollUp.RollUpReport"/>), its top level is
/// the combined report, and its per-organisation reports are kept too: <see cref="ReportWriter"/> compares each
/// organisation of this year's roll-up with last year's report of the same organisation code, and an organisation
/// last year's report does not have is shown without a comparison.</para>
/// <para>Anything else (another schema, a data-quality-only report, a field of the wrong type, invalid JSON) is
/// rejected with a <see cref="FormatException"/> whose message is one readable sentence.</para>
/// </remarks>
/// <example>
/// <code>
/// using var file = File.OpenRead("wres-2024-25.json");
/// var options = new ReportWriterOptions { CompareWith = PreviousReport.Load(file) };
/// File.WriteAllText("wres-2025-26.html", ReportWriter.ToString(report, ReportFormat.Html, options));
/// </code>
/// </example>
public sealed class PreviousReport
{
    internal PreviousReport(
        EqualityStandard standard,
        DateInterval period,
        string? organisation,
        bool published,
        PreviousWorkforce? workforce,
        IReadOnlyDictionary<(string Segment, string Row), PreviousRow> rows,
        IReadOnlyDictionary<string, PreviousLikelihood> likelihoods,
        IReadOnlyDictionary<string, PreviousSurvey> surveys,
        IReadOnlyDictionary<string, PreviousBoard> boards,
        IReadOnlyDictionary<string, PreviousReport> organisations)
    {
        Standard = standard;
        Period = period;
        Organisation = organisation;
        Published = published;
        Workforce = workforce;
        Rows = rows;
        Likelihoods = likelihoods;
        Surveys = surveys;
        Boards = boards;
        Organisations = organisations;
    }

    /// <summary>The standard of last year's report: <see cref="EqualityStandard.Wres"/> or <see cref="EqualityStandard.Wdes"/>.</summary>
    public EqualityStandard Standard { get; }

    /// <summary>Last year's reporting period, first and last day included.</summary>
    public DateInterval Period { get; }

    /// <summary>The reporting year as the reports show it, for example <c>2024/25</c> (or <c>start to end</c> for a period that does not run from 1 April to 31 March).</summary>
    public string Year => ReportView.YearText(Period);

    /// <summary>The organisation's name as last year's report gave it, or <see langword="null"/>.</summary>
    public string? Organisation { get; }

    /// <summary>Whether last year's report was published with disclosure control (its counts are then the published, rounded ones).</summary>
    internal bool Published { get; }

    /// <summary>The workforce figures, or <see langword="null"/> when last year's staff file was not supplied.</summary>
    internal PreviousWorkforce? Workforce { get; }

    /// <summary>Indicator 1's rows by segment key and row label.</summary>
    internal IReadOnlyDictionary<(string Segment, string Row), PreviousRow> Rows { get; }

    /// <summary>The computed relative-likelihood indicators by id.</summary>
    internal IReadOnlyDictionary<string, PreviousLikelihood> Likelihoods { get; }

    /// <summary>The computed survey indicators by id.</summary>
    internal IReadOnlyDictionary<string, PreviousSurvey> Surveys { get; }

    /// <summary>The computed board indicator by id.</summary>
    internal IReadOnlyDictionary<string, PreviousBoard> Boards { get; }

    /// <summary>
    /// Last year's per-organisation reports by organisation code, from the <c>organisations</c> list of a roll-up
    /// (written for <see cref="Core.RollUp.RollUpReport"/>); empty when last year's report was not a roll-up.
    /// </summary>
    internal IReadOnlyDictionary<string, PreviousReport> Organisations { get; }

    /// <summary>Last year's report of one organisation of a roll-up, or <see langword="null"/> when last year's report has none for that code.</summary>
    /// <param name="code">The organisation code, as this year's report gives it.</param>
    internal PreviousReport? ForOrganisation(string? code) =>
        code is not null && Organisations.TryGetValue(TextSafety.Clean(code), out var report) ? report : null;

    /// <summary>
    /// The most bytes a report may have: 64 MiB. A year's report by organisation for a whole region is a few MB, so a
    /// larger input is not a report; <see cref="Load"/> refuses it before reading it in full.
    /// </summary>
    public const int MaximumSize = 64 * 1024 * 1024;

    /// <summary>
    /// The deepest nesting of objects and lists a report may have: 16 levels (a roll-up's report is 9 deep at most), so
    /// that a deeper input is refused before it is parsed.
    /// </summary>
    public const int MaximumDepth = 16;

    /// <summary>Reads last year's report from its JSON text.</summary>
    /// <param name="json">The JSON that <see cref="ReportWriter"/> wrote with <see cref="ReportFormat.Json"/>.</param>
    /// <returns>The report's figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// The text is not valid JSON or not a <c>wres-report/1</c> report: among other things, when it is larger than
    /// <see cref="MaximumSize"/> bytes as UTF-8 or nested deeper than <see cref="MaximumDepth"/>.
    /// </exception>
    public static PreviousReport Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(PreviousReportInput.Bytes(json));
    }

    /// <summary>Reads last year's report from a stream of UTF-8 JSON (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">
    /// The JSON that <see cref="ReportWriter"/> wrote with <see cref="ReportFormat.Json"/>; read to the end, not closed.
    /// A seekable stream longer than <see cref="MaximumSize"/> is refused before anything is read; any other stream (a
    /// pipe, a FIFO, a device) is read until its end or until it has given more than <see cref="MaximumSize"/> bytes,
    /// then refused.
    /// </param>
    /// <returns>The report's figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// The stream does not hold valid JSON or not a <c>wres-report/1</c> report: among other things, when it holds more
    /// than <see cref="MaximumSize"/> bytes or nests deeper than <see cref="MaximumDepth"/>.
    /// </exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PreviousReport Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(PreviousReportInput.Bytes(utf8Json));
    }

    /// <summary>Checks the nesting, parses the document and reads the report from it; JSON that is not valid is a <see cref="FormatException"/>.</summary>
    private static PreviousReport Read(ReadOnlyMemory<byte> utf8Json)
    {
        PreviousReportInput.CheckDepth(utf8Json.Span);
        try
        {
            using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = MaximumDepth });
            return PreviousReportReader.Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw PreviousReportReader.NotValidJson(e);
        }
    }
}
