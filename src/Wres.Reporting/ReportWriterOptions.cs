using Wres.Core.Publication;

namespace Wres.Reporting;

/// <summary>How <see cref="ReportWriter"/> writes a report. Mutable; read once at the start of each write.</summary>
public sealed class ReportWriterOptions
{
    /// <summary>
    /// Whether the output is meant to leave the organisation: when <see langword="true"/>, every count of people,
    /// applications, events, members or respondents shown is protected by <see cref="Disclosure"/> (suppressed or
    /// rounded; in JSON a suppressed count is <c>null</c> beside <c>"…Suppressed": true</c>). Percentages, likelihoods
    /// and ratios are still computed from the unrounded counts, and JSON and CSV then carry them at the precision
    /// the page shows (percentages 1 decimal place, ratios and intervals 2, likelihoods and p-values 3), so that no
    /// figure gives an exact suppressed count back. Data-quality row totals are not personal data and are shown
    /// exactly. <b>Default</b> <see langword="false"/>.
    /// </summary>
    public bool Publish { get; set; }

    /// <summary>
    /// Write only the data-quality section (what <c>wres validate</c> writes): each input's reconciliation,
    /// exclusions and findings, with the report's identity but no indicators. The JSON schema is then
    /// <c>wres-data-quality/1</c>. <b>Default</b> <see langword="false"/>.
    /// </summary>
    public bool DataQualityOnly { get; set; }

    /// <summary>
    /// Last year's report (read with <see cref="PreviousReport.Load"/> or <see cref="PreviousReport.Parse"/>) to
    /// compare this year's with: every format then shows, beside each figure, last year's value and the change (this
    /// year's minus last year's: percentage points for percentages, the difference for likelihoods and ratios, the
    /// difference for counts), and for each relative likelihood whether the two 95% confidence intervals overlap.
    /// A figure last year's report does not have is shown with no comparison. It must be a report of the same
    /// standard for an earlier year; <see cref="ReportWriter"/> throws <see cref="ArgumentException"/> otherwise.
    /// Has no effect with <see cref="DataQualityOnly"/>. <b>Default</b> <see langword="null"/> (no comparison).
    /// </summary>
    /// <remarks>
    /// When <see cref="Publish"/> is set, last year's counts pass through disclosure control too, and a change of a
    /// count is the difference of the two disclosed counts (unknown when either is suppressed). When writing a
    /// roll-up, the combined report is compared with last year's report, and each organisation with last year's
    /// report of the same organisation code if last year's report is a roll-up that has one.
    /// </remarks>
    public PreviousReport? CompareWith { get; set; }

    /// <summary>The disclosure-control policy applied when <see cref="Publish"/> is set; <b>Default</b> 1 to 7 suppressed, the rest rounded to the nearest 5.</summary>
    public DisclosureOptions Disclosure { get; set; } = new();

    /// <summary>
    /// The pay gaps to add to a single report as its <c>payGaps</c> section (<c>wres report --pay</c>), written under the
    /// same disclosure control; <see langword="null"/> (the default) for none. A roll-up does not take them (write a
    /// <see cref="Core.PayGaps.PayGapRollUpReport"/> with <see cref="PayGapReportWriter"/>).
    /// </summary>
    public Core.PayGaps.PayGapReport? PayGaps { get; set; }
}
