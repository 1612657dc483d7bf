using Wres.Core.Publication;

namespace Wres.Reporting;

/// <summary>How <see cref="ReportWriter"/> writes a report. Mutable; read once at the start of each write.</summary>
public sealed class ReportWriterOptions
{
    /// <summary>
    /// Whether the output is meant to leave the organisation: when <see langword="true"/>, every count of people,
    /// applications, events, members or respondents shown is protected by <see cref="Disclosure"/> (suppressed or
    /// rounded). Percentages, likelihoods and ratios are still computed from the unrounded counts. Data-quality row
    /// totals are not personal data and are shown exactly. <b>Default</b> <see langword="false"/>.
    /// </summary>
    public bool Publish { get; set; }

    /// <summary>
    /// Write only the data-quality section (what <c>wres validate</c> writes): each input's reconciliation,
    /// exclusions and findings, with the report's identity but no indicators. The JSON schema is then
    /// <c>wres-data-quality/1</c>. <b>Default</b> <see langword="false"/>.
    /// </summary>
    public bool DataQualityOnly { get; set; }

    /// <summary>The disclosure-control policy applied when <see cref="Publish"/> is set; <b>Default</b> 1 to 7 suppressed, the rest rounded to the nearest 5.</summary>
    public DisclosureOptions Disclosure { get; set; } = new();
}
