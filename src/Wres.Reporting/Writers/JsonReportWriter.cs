using System.Text;
using System.Text.Json;
using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the report as JSON in the <c>wres-report/1</c> schema of the data contract (the schema file
/// <c>Schema/wres-report-1.schema.json</c>): builds the report's <see cref="ReportDto"/> from the view, one partial
/// file per section, and serialises it through <see cref="ReportJson"/>. Numbers are unrounded (doubles in their
/// shortest round-trip form, decimals as they are), <c>null</c> where a value is undefined; output is indented UTF-8.
/// </summary>
/// <remarks>
/// <para>The groups' keys are <c>white</c> / <c>bme</c> for the WRES and <c>nonDisabled</c> / <c>disabled</c> for the
/// WDES, whatever the display labels (which are given under <c>groups</c>). Every indicator has a <c>kind</c>
/// (<see cref="IndicatorKind"/>). When publishing, every count of people, applications, events, members or
/// respondents is the disclosed value: a number when shown (rounded by the policy; the board's size exactly), or
/// <c>null</c> beside a sibling <c>…Suppressed: true</c> when suppressed (and <c>…Withheld: true</c> when held back
/// so that another cannot be worked out); every share, likelihood and difference is computed from the counts as
/// shown (<c>null</c> when it needs one that is not), a relative likelihood whose counts are not all shown, or that
/// would give one back, is <c>null</c> beside <c>relativeLikelihoodSuppressed: true</c> and its reason; data-quality
/// row totals are exact; measured figures keep the page's precision; <c>disclosureNote</c> says all this in words. A confidence limit that is not finite (an unbounded upper limit) is written as <c>null</c>. Fields
/// beyond the contract (<c>title</c>, <c>status</c>, <c>orientation</c>, <c>yearsPooled</c>, …) are additions, never
/// replacements.</para>
/// <para>With a comparison (<see cref="ReportWriterOptions.CompareWith"/>), <c>comparedWith</c> names last year's
/// report, and the workforce object, every row of indicator 1, every relative-likelihood and survey indicator and
/// every board subset carry <c>previous</c> (last year's fields, under the same keys) and <c>change</c> (this year's
/// minus last year's, under the same keys and in the same units: counts, percentage points, likelihood and ratio
/// differences); both are <c>null</c> when last year's report has no counterpart, and a field is <c>null</c> when
/// either year's value is unknown. Relative likelihoods add <c>intervalsOverlap</c>: whether the two 95%
/// confidence intervals overlap, <c>null</c> when either is unknown.</para>
/// <para>A roll-up (<see cref="Core.RollUp.RollUpReport"/>) is one object: the combined report's fields exactly as
/// for a single report (its <c>organisation</c> the roll-up's name or <c>null</c>), then <c>organisations</c>, a
/// list of one full report per organisation in the same layout (<c>schema</c> included, so each entry can be cut
/// out and read on its own), whose <c>organisation</c> is the organisation code, in ordinal order of the codes. A
/// single report has no <c>organisations</c> key. With a comparison, each organisation's report is compared with
/// last year's report of the same code, and has no <c>comparedWith</c>, <c>previous</c> or <c>change</c> when
/// last year's report has none.</para>
/// </remarks>
internal sealed partial class JsonReportWriter
{
    private static readonly byte[] LineEnd = "\n"u8.ToArray();

    private readonly ReportView _view;

    private JsonReportWriter(ReportView view)
    {
        _view = view;
    }

    /// <summary>The contract object of a report.</summary>
    public static ReportDto Build(ReportView view) => new JsonReportWriter(view).Report(organisations: null);

    /// <summary>The contract object of a roll-up: the combined report's fields, then <c>organisations</c>, one full report per organisation.</summary>
    public static ReportDto Build(RollUpView rollUp) => new JsonReportWriter(rollUp.Combined).Report(rollUp.Organisations);

    /// <summary>Writes a report object as text, ending with a line end.</summary>
    public static void Write(ReportDto report, EqualityStandard standard, TextWriter output)
    {
        output.Write(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(report, ReportJson.TypeInfo<ReportDto>(standard))));
        output.Write('\n');
    }

    /// <summary>Writes a report object to a stream as UTF-8, ending with a line end; the stream is not flushed.</summary>
    public static void Write(ReportDto report, EqualityStandard standard, Stream output)
    {
        JsonSerializer.Serialize(output, report, ReportJson.TypeInfo<ReportDto>(standard));
        output.Write(LineEnd);
    }

    /// <summary>Writes a report object to a stream as UTF-8, asynchronously, ending with a line end.</summary>
    public static async Task WriteAsync(ReportDto report, EqualityStandard standard, Stream output, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(output, report, ReportJson.TypeInfo<ReportDto>(standard), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(LineEnd, cancellationToken).ConfigureAwait(false);
    }

    private ReportDto Report(IReadOnlyList<ReportView>? organisations)
    {
        var report = _view.Report;
        var dataQualityOnly = _view.DataQualityOnly;
        List<ReportDto>? reports = null;
        if (organisations is not null)
        {
            reports = new List<ReportDto>(organisations.Count);
            foreach (var organisation in organisations)
            {
                reports.Add(new JsonReportWriter(organisation).Report(organisations: null));
            }
        }

        var (modelEmployer, modelEmployerSuppressed) = dataQualityOnly ? default : ModelEmployer();
        return new ReportDto
        {
            Schema = dataQualityOnly ? ReportJson.DataQualitySchema : ReportJson.Schema,
            Organisation = Text(report.Organisation),
            Period = new PeriodDto
            {
                Start = ReportView.Date(report.Year.Start),
                End = ReportView.Date(report.Year.End),
                Snapshot = ReportView.Date(report.Year.Snapshot),
            },
            Standard = _view.StandardKey,
            Year = report.Year.ToString(),
            Synthetic = _view.Synthetic ? true : null,
            Groups = new GroupLabelsDto { Reference = Text(report.ReferenceLabel), Focus = Text(report.FocusLabel) },
            Published = _view.Publish,
            DisclosurePolicy = _view.DisclosurePolicy?.ToString(),
            DisclosureNote = _view.PublicationNote,
            ComparedWith = _view.Comparison is { } comparison
                ? new ComparedWithDto
                {
                    Year = comparison.Year,
                    Period = new PeriodDto { Start = ReportView.Date(comparison.Period.Start), End = ReportView.Date(comparison.Period.End) },
                    Organisation = Text(comparison.Organisation),
                    Published = comparison.PreviousPublished,
                }
                : null,
            Workforce = dataQualityOnly ? default : new Optional<WorkforceDto?>(Workforce()),
            Indicators = dataQualityOnly ? null : Indicators(),
            ModelEmployer = modelEmployer,
            ModelEmployerSuppressed = modelEmployerSuppressed,
            DataQuality = DataQuality(),
            Organisations = reports,
        };
    }

    private List<IndicatorDto> Indicators()
    {
        var indicators = new List<IndicatorDto> { Representation() };
        foreach (var likelihood in _view.Likelihoods)
        {
            indicators.Add(Likelihood(likelihood));
        }

        foreach (var survey in _view.Report.Survey)
        {
            indicators.Add(Survey(survey));
        }

        indicators.Add(Board());
        return indicators;
    }

    /// <summary>An indicator with no figures: its kind, id, title and status.</summary>
    private static NotProvidedIndicatorDto Bare(string kind, string id, string title, IndicatorStatus status) =>
        new() { Kind = kind, Id = id, Title = Text(title), Status = StatusText(status) };

    private static string StatusText(IndicatorStatus status) => status == IndicatorStatus.Computed ? "Computed" : ReportJson.NotProvided;

    /// <summary>A field that is there only with a comparison: absent without one, <c>null</c> when last year's report has no counterpart.</summary>
    private Optional<T?> Compared<T>(T? value)
        where T : class =>
        _view.Comparison is null ? default : new Optional<T?>(value);

    /// <summary>A count as shown: its value, or suppressed (with the withheld flag when held back to protect another); <see langword="null"/> when unknown.</summary>
    private static Count? Count(PublishedCount count) => count.State == CountState.Unknown ? null : new Count(count.Value, count.IsWithheld);

    private ReportNumber? Percent(double? value) => Measure(value, Numbers.PercentDecimals);

    private ReportNumber? Percent(decimal? value) => value is { } number
        ? ReportNumber.Of(_view.Publish ? Numbers.Published(number, Numbers.PercentDecimals) : number)
        : null;

    private ReportNumber? Ratio(double? value) => Measure(value, Numbers.RatioDecimals);

    /// <summary>A likelihood or a p-value.</summary>
    private ReportNumber? Probability(double? value) => Measure(value, Numbers.LikelihoodDecimals);

    /// <summary>A figure unrounded, or at the page's precision when publishing; <see langword="null"/> when unknown or not finite.</summary>
    private ReportNumber? Measure(double? value, int decimals)
    {
        if (value is not { } number || !double.IsFinite(number))
        {
            return null;
        }

        return _view.Publish && Math.Abs(number) < 7.9e27 ? ReportNumber.Of(Numbers.Published(number, decimals)) : ReportNumber.Of(number);
    }

    private static string? Text(string? value) => value is null ? null : TextSafety.Clean(value);
}
