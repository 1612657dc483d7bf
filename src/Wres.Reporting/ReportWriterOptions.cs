using Wres.Core.Trajectory;
using Wres.Core.Publication;

namespace Wres.Reporting;

/// <summary>How <see cref="ReportWriter"/> writes a report. Mutable; read once at the start of each write.</summary>
public sealed class ReportWriterOptions
{
    /// <summary>
    /// Whether the output is meant to leave the organisation: when <see langword="true"/>, nothing written lets a
    /// reader work out a count that <see cref="Disclosure"/> hides. Every count of people, applications, events,
    /// members or respondents is suppressed or rounded (the board's size stays exact; in JSON a suppressed count is
    /// <c>null</c> beside <c>"…Suppressed": true</c>). Every percentage, share, difference, chart length and tooltip
    /// is computed from the counts as published, and one that needs a count not shown is not published: a row or
    /// subset with a suppressed count shows none of its percentages. Where the published counts together would still
    /// give a suppressed count back, more is held back (a count shown as <c>withheld</c>, or a ratio's statistics).
    /// Relative likelihoods, their intervals and p-values are computed from the true counts and shown, at the
    /// precision the page shows, only when none of their counts is suppressed and they cannot give one back; each
    /// finding in words says why when they are not. Rows read and counted in the data quality are rounded too.
    /// <b>Default</b> <see langword="false"/>.
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

    /// <summary>
    /// Whether the report was computed from synthetic (sample) data rather than an organisation's records, such as the
    /// synthetic trust of <c>Wres.Synthetic</c> that <c>wres report --sample</c> runs on. When <see langword="true"/>,
    /// every format says so in its title (<c>… (synthetic sample data)</c>) and in a caution under it, whatever the
    /// organisation's name; CSV has a <c>Report</c> / <c>Synthetic</c> row (<c>Yes</c>) and JSON a top-level
    /// <c>"synthetic": true</c> (in each organisation's report of a roll-up too), which <see cref="PreviousReport"/>
    /// ignores. <b>Default</b> <see langword="false"/>: nothing is added.
    /// </summary>
    public bool Synthetic { get; set; }

    /// <summary>The disclosure-control policy applied when <see cref="Publish"/> is set; <b>Default</b> 1 to 7 suppressed, the rest rounded to the nearest 5.</summary>
    public DisclosureOptions Disclosure { get; set; } = new();

    /// <summary>
    /// The Model Employer trajectory's target year, bands and share basis (WRES reports, after indicator 1; the
    /// baseline is <see cref="CompareWith"/>'s band counts when given, else this year's). <b>Default</b> the rules'
    /// defaults: target 2028, bands 8a to VSM, all staff.
    /// </summary>
    public ModelEmployerOptions ModelEmployer { get; set; } = new();

    /// <summary>
    /// Whether the workforce, indicator 1's rows and indicator 2 are also shown by the detailed ethnic groups of rules §8 (White
    /// British, White Irish, White other, Mixed, Asian, Black, Chinese, Other, Unknown) beside the White/BME pair
    /// (<c>wres report --detail</c>; WRES reports). <b>Default</b> <see langword="false"/>.
    /// </summary>
    public bool Detail { get; set; }

    /// <summary>
    /// The pay gaps to add to a single report as its <c>payGaps</c> section (<c>wres report --pay</c>), written under the
    /// same disclosure control; <see langword="null"/> (the default) for none. A roll-up does not take them (write a
    /// <see cref="Core.PayGaps.PayGapRollUpReport"/> with <see cref="PayGapReportWriter"/>).
    /// </summary>
    public Core.PayGaps.PayGapReport? PayGaps { get; set; }
}
