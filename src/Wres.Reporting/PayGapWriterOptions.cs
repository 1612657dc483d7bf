using Wres.Core.Publication;

namespace Wres.Reporting;

/// <summary>How a pay gap report is written (<see cref="PayGapReportWriter"/>). Mutable, as options are.</summary>
public sealed class PayGapWriterOptions
{
    /// <summary>
    /// Whether to apply disclosure control to every count (<c>--publish</c>): a count under the threshold is suppressed
    /// (<see langword="null"/>, with its <c>…Suppressed</c> flag in JSON, <c>*</c> elsewhere) and the others rounded by
    /// <see cref="Disclosure"/>. The gaps of groups under 10 are suppressed whether or not this is set.
    /// </summary>
    public bool Publish { get; set; }

    /// <summary>The disclosure policy when publishing; <b>Default</b> that of the WRES report.</summary>
    public DisclosureOptions Disclosure { get; set; } = new();

    /// <summary>Last year's pay gap report (<c>--compare-with</c>): its gaps and the change are shown beside this year's.</summary>
    public PreviousPayGaps? CompareWith { get; set; }
}
