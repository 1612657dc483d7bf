using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Internal;

/// <summary>
/// The one place every format takes its words, keys and counts from: the report with its labels, the JSON keys of
/// the two groups, the indicators in report order with their titles, and disclosure control for published counts.
/// Built once per write.
/// </summary>
internal sealed partial class ReportView
{
    private readonly DisclosureControl? _disclosure;

    public ReportView(WresReport report, ReportWriterOptions options)
        : this(report, options, options.CompareWith, anchorPrefix: string.Empty, figures: null)
    {
    }

    /// <summary>A view of one report of several on a page (a roll-up).</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The write's options.</param>
    /// <param name="compareWith">Last year's counterpart of this report, or <see langword="null"/> for no comparison (whatever <paramref name="options"/> says).</param>
    /// <param name="anchorPrefix">What every HTML id of this report starts with, so that ids stay unique on a page of several reports.</param>
    /// <param name="figures">The report's figures as shown (a roll-up's are protected together); <see langword="null"/> to work them out for this report alone.</param>
    public ReportView(WresReport report, ReportWriterOptions options, PreviousReport? compareWith, string anchorPrefix, ReportFigures? figures)
    {
        Report = report;
        AnchorPrefix = anchorPrefix;
        Publish = options.Publish;
        Synthetic = options.Synthetic;
        ModelEmployer = options.ModelEmployer ?? new();
        DataQualityOnly = options.DataQualityOnly;
        IsWdes = report.Standard == EqualityStandard.Wdes;
        Reference = TextSafety.SingleLine(report.ReferenceLabel);
        Focus = TextSafety.SingleLine(report.FocusLabel);
        Organisation = report.Organisation is null ? null : TextSafety.SingleLine(report.Organisation);
        if (Publish)
        {
            var disclosure = CheckedDisclosure(options);
            _disclosure = new DisclosureControl(disclosure);
            PublicationNote = DisclosureWords.Note(disclosure);
            DisclosurePolicy = disclosure.Policy;
            Disclosure = disclosure;
        }

        Detail = options.Detail && !IsWdes && !DataQualityOnly;
        Figures = figures ?? Publication.Disclosure.Figures([report], Disclosure, Detail)[0];

        Segments = SplitBySegment(report.Representation.Rows);
        Likelihoods = BuildLikelihoods();
        ComparisonMissing = !DataQualityOnly && options.CompareWith is not null && compareWith is null;
        if (!DataQualityOnly && compareWith is { } previous)
        {
            if (Incomparable(report, previous) is { } problem)
            {
                throw new ArgumentException(problem, nameof(options));
            }

            Comparison = new ReportComparison(previous);
        }
    }

    /// <summary>The Model Employer trajectory's options.</summary>
    public Wres.Core.Trajectory.ModelEmployerOptions ModelEmployer { get; }

    /// <summary>Whether the workforce and indicators 1 and 2 are shown by detailed ethnic group too (<see cref="ReportWriterOptions.Detail"/>; WRES only).</summary>
    public bool Detail { get; }

    /// <summary>The comparison with last year's report; <see langword="null"/> when there is none.</summary>
    public ReportComparison? Comparison { get; }

    /// <summary>
    /// Whether the write compares with last year but last year's report has no counterpart of this one (an
    /// organisation of a roll-up that last year's report does not have).
    /// </summary>
    public bool ComparisonMissing { get; }

    /// <summary>What every HTML id of this report starts with: empty for a report on its own page.</summary>
    public string AnchorPrefix { get; }

    /// <summary>An HTML id of this report: <paramref name="name"/> after <see cref="AnchorPrefix"/>.</summary>
    public string Anchor(string name) => AnchorPrefix + name;

    /// <summary>Whether only the data-quality section is written.</summary>
    public bool DataQualityOnly { get; }

    /// <summary>The report.</summary>
    public WresReport Report { get; }

    /// <summary>Whether the report was computed from synthetic (sample) data; every format then says so in its title.</summary>
    public bool Synthetic { get; }

    /// <summary>The words the title ends with when the data are synthetic.</summary>
    public const string SyntheticTitleSuffix = " (synthetic sample data)";

    /// <summary>The caution under the title when the data are synthetic.</summary>
    public const string SyntheticNote =
        "Synthetic sample data: every figure in this report is computed from made-up records (the synthetic trust shipped with the tool), not from a real organisation's staff.";

    /// <summary>Whether disclosure control applies to every count shown.</summary>
    public bool Publish { get; }

    /// <summary>The disclosure policy when publishing.</summary>
    public DisclosurePolicy? DisclosurePolicy { get; }

    /// <summary>A copy of the disclosure options when publishing; <see langword="null"/> otherwise.</summary>
    public DisclosureOptions? Disclosure { get; }

    /// <summary>Every figure of the report as the formats show it: counts through disclosure control when publishing, and what is computed from them.</summary>
    public ReportFigures Figures { get; }

    /// <summary>A sentence saying how published counts were protected; <see langword="null"/> when not publishing.</summary>
    public string? PublicationNote { get; }

    /// <summary>Whether the report is for the WDES.</summary>
    public bool IsWdes { get; }

    /// <summary>The reference group's label: <c>White</c> or <c>Non-disabled</c>.</summary>
    public string Reference { get; }

    /// <summary>The focus group's label: the configured BME label or <c>Disabled</c>.</summary>
    public string Focus { get; }

    /// <summary>The organisation's name, made safe; <see langword="null"/> when not given.</summary>
    public string? Organisation { get; }

    /// <summary>The standard's abbreviation: <c>WRES</c> or <c>WDES</c>.</summary>
    public string StandardCode => IsWdes ? "WDES" : "WRES";

    /// <summary>The standard's name.</summary>
    public string StandardName => IsWdes ? "Workforce Disability Equality Standard" : "Workforce Race Equality Standard";

    /// <summary>The standard in JSON: <c>wres</c> or <c>wdes</c>.</summary>
    public string StandardKey => IsWdes ? "wdes" : "wres";

    /// <summary>What the standard calls its measures: <c>Indicator</c> (WRES) or <c>Metric</c> (WDES).</summary>
    public string IndicatorWord => IsWdes ? "Metric" : "Indicator";

    /// <summary>The characteristic in words: <c>ethnicity</c> or <c>disability</c>.</summary>
    public string CharacteristicWord => IsWdes ? "disability" : "ethnicity";

    /// <summary>The reference group's JSON key: <c>white</c> or <c>nonDisabled</c>.</summary>
    public string ReferenceKey => ReferenceKeyOf(Report.Standard);

    /// <summary>The focus group's JSON key: <c>bme</c> or <c>disabled</c> (fixed, whatever the display label).</summary>
    public string FocusKey => FocusKeyOf(Report.Standard);

    /// <summary>
    /// The report's title, for example <c>WRES report 2025/26: Example NHS Trust</c>, ending in
    /// <see cref="SyntheticTitleSuffix"/> when the data are synthetic.
    /// </summary>
    public string Title => $"{StandardCode} report {Report.Year}" + (Organisation is null ? string.Empty : ": " + Organisation) + (Synthetic ? SyntheticTitleSuffix : string.Empty);

    /// <summary>The rows of indicator 1 by segment, the whole workforce last; empty when not provided.</summary>
    public IReadOnlyList<SegmentView> Segments { get; }

    /// <summary>The relative-likelihood indicators in order: 2, 3 and (WRES only) 4.</summary>
    public IReadOnlyList<LikelihoodView> Likelihoods { get; }

    /// <summary>The title of indicator 1.</summary>
    public string RepresentationTitle => IsWdes
        ? "Percentage of staff in each pay cluster compared with the overall workforce"
        : "Percentage of staff in each pay band and medical grade compared with the overall workforce";

    /// <summary>The title of the board indicator (WRES 9, WDES 10).</summary>
    public string BoardTitle => $"Difference between the {Focus} share of the board and of the overall workforce";

    /// <summary>The sentence shown when there was no staff input.</summary>
    public string StaffNotProvidedText => "Not provided: the staff file was not supplied.";

    /// <summary>The sentence shown when there was no board input.</summary>
    public string BoardNotProvidedText => "Not provided: the board file was not supplied.";

    /// <summary>The sentence shown when a survey indicator has no results.</summary>
    public string SurveyNotProvidedText => "Not provided: no staff survey results were supplied for this indicator.";

    /// <summary>A heading for an indicator, for example <c>Indicator 2: …</c>.</summary>
    public string IndicatorHeading(string id, string title) => $"{IndicatorWord} {id}: {title}";

    /// <summary>The reference group's JSON key in a report of a standard: <c>white</c> or <c>nonDisabled</c>.</summary>
    public static string ReferenceKeyOf(EqualityStandard standard) => standard == EqualityStandard.Wdes ? "nonDisabled" : "white";

    /// <summary>The focus group's JSON key in a report of a standard: <c>bme</c> or <c>disabled</c>.</summary>
    public static string FocusKeyOf(EqualityStandard standard) => standard == EqualityStandard.Wdes ? "disabled" : "bme";

    /// <summary>A reporting period as the reports name it: <c>2025/26</c> for 1 April to 31 March, otherwise <c>start to end</c>.</summary>
    public static string YearText(DateInterval period) =>
        period.Start.Month == 4 && period.Start.Day == 1 && period.End.Month == 3 && period.End.Day == 31 && period.End.Year == period.Start.Year + 1
            ? string.Create(CultureInfo.InvariantCulture, $"{period.Start.Year}/{period.End.Year % 100:00}")
            : $"{Date(period.Start)} to {Date(period.End)}";

    /// <summary>A JSON key with its first letter in upper case, for example <c>Bme</c>.</summary>
    public static string Pascal(string key) => char.ToUpperInvariant(key[0]) + key[1..];

    /// <summary>The band in JSON: <c>NonAdverse</c>, <c>AdverseToBme</c>, <c>AdverseToWhite</c> (WDES <c>AdverseToDisabled</c>, <c>AdverseToNonDisabled</c>) or <c>Undefined</c>.</summary>
    public string BandKey(LikelihoodBand band) => band switch
    {
        LikelihoodBand.NonAdverse => "NonAdverse",
        LikelihoodBand.AdverseToFocus => "AdverseTo" + Pascal(FocusKey),
        LikelihoodBand.AdverseToReference => "AdverseTo" + Pascal(ReferenceKey),
        _ => "Undefined",
    };

    /// <summary>The band in words, with the group labels.</summary>
    public string BandText(LikelihoodBand band) => band switch
    {
        LikelihoodBand.NonAdverse => "Not adverse: within the four-fifths range",
        LikelihoodBand.AdverseToFocus => $"Adverse to {Focus} staff",
        LikelihoodBand.AdverseToReference => $"Adverse to {Reference} staff",
        _ => "Undefined (no ratio)",
    };

    /// <summary>Why a ratio is undefined, in words.</summary>
    public static string UndefinedReasonText(LikelihoodView likelihood, UndefinedReason reason) => reason switch
    {
        UndefinedReason.NumeratorGroupHasNoBase => $"the {likelihood.NumeratorLabel} group has a base of 0 ({likelihood.BaseLabel.ToLowerInvariant()})",
        UndefinedReason.DenominatorGroupHasNoBase => $"the {likelihood.DenominatorLabel} group has a base of 0 ({likelihood.BaseLabel.ToLowerInvariant()})",
        UndefinedReason.DenominatorLikelihoodIsZero => $"the {likelihood.DenominatorLabel} likelihood is 0, so the ratio would divide by zero",
        _ => string.Empty,
    };

    /// <summary>An input's rows read or counted as shown: exactly, or when publishing rounded (<see cref="PublishedRows"/>).</summary>
    public int Rows(int rows) => Disclosure is { } options ? PublishedRows.Shown(rows, options) : rows;

    /// <summary>A date in ISO form, <c>2026-03-31</c>.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Why a report cannot be compared with last year's, in one sentence; <see langword="null"/> when it can.</summary>
    private string? Incomparable(WresReport report, PreviousReport previous)
    {
        if (previous.Standard != report.Standard)
        {
            var code = previous.Standard == EqualityStandard.Wdes ? "WDES" : "WRES";
            return $"The previous report is a {code} report and this one is {StandardCode}: compare reports of the same standard.";
        }

        return previous.Period.End >= report.Year.Start
            ? $"The previous report's year ({previous.Year}) is not earlier than this report's year ({report.Year})."
            : null;
    }

    /// <summary>
    /// A copy of the write's disclosure options, checked (an undefined policy or a value out of range throws), so that
    /// every report of a write and its audit read the same policy.
    /// </summary>
    public static DisclosureOptions CheckedDisclosure(ReportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Disclosure, "options.Disclosure");
        var disclosure = options.Disclosure;
        var copy = new DisclosureOptions
        {
            Policy = disclosure.Policy,
            SuppressUpTo = disclosure.SuppressUpTo,
            RoundingBase = disclosure.RoundingBase,
            Threshold = disclosure.Threshold,
        };
        _ = new DisclosureControl(copy);
        return copy;
    }

    private static List<SegmentView> SplitBySegment(IReadOnlyList<RepresentationRow> rows)
    {
        var segments = new List<SegmentView>();
        var current = new List<RepresentationRow>();
        Segment? segment = null;
        foreach (var row in rows)
        {
            if (current.Count > 0 && row.Segment != segment)
            {
                segments.Add(new SegmentView(segment, current));
                current = [];
            }

            segment = row.Segment;
            current.Add(row);
        }

        if (current.Count > 0)
        {
            segments.Add(new SegmentView(segment, current));
        }

        return segments;
    }

    private List<LikelihoodView> BuildLikelihoods()
    {
        var report = Report;
        var process = IsWdes ? "the formal capability process" : "the formal disciplinary process";
        var likelihoods = new List<LikelihoodView>
        {
            Likelihood(
                report.Appointment,
                $"Relative likelihood of {Reference} staff being appointed from shortlisting compared with {Focus} staff",
                "appointment from shortlisting",
                "Appointed",
                "Shortlisted",
                "Not provided: the recruitment file was not supplied.",
                ("applicants", "be appointed from shortlisting", "were appointed from shortlisting")),
            Likelihood(
                report.FormalProcess,
                IsWdes
                    ? $"Relative likelihood of {Focus} staff entering the formal capability process compared with {Reference} staff"
                    : $"Relative likelihood of {Focus} staff entering the formal disciplinary investigation process compared with {Reference} staff",
                "entering " + process,
                "Entering the process",
                "Headcount",
                IsWdes
                    ? "Not provided: needs both the staff file and the capability cases, and one of them was not supplied."
                    : "Not provided: needs both the staff file and the disciplinary cases, and one of them was not supplied.",
                ("staff", "enter " + process, "entered " + process)),
        };
        if (report.Training is { } training)
        {
            likelihoods.Add(Likelihood(
                training,
                $"Relative likelihood of {Reference} staff accessing non-mandatory training and CPD compared with {Focus} staff",
                "access to non-mandatory training",
                "Accessing training",
                "Headcount",
                "Not provided: needs both the staff file and the training file, and one of them was not supplied.",
                ("staff", "access non-mandatory training and CPD", "accessed non-mandatory training and CPD")));
        }

        return likelihoods;
    }

    private LikelihoodView Likelihood(LikelihoodIndicatorResult result, string title, string shortName, string events, string @base, string notProvided, (string Noun, string Infinitive, string Past) words)
    {
        var referenceFirst = result.Orientation != RatioOrientation.FocusOverReference;
        return new LikelihoodView(
            result,
            title,
            shortName,
            events,
            @base,
            notProvided,
            referenceFirst ? Reference : Focus,
            referenceFirst ? Focus : Reference,
            referenceFirst ? Pascal(ReferenceKey) + "Over" + Pascal(FocusKey) : Pascal(FocusKey) + "Over" + Pascal(ReferenceKey),
            words.Noun,
            words.Infinitive,
            words.Past);
    }
}
