using NodaTime;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.Recruitment;

/// <summary>One application for a post, as a recruitment system (TRAC, NHS Jobs) exports it.</summary>
/// <remarks>
/// Indicator 2 counts applications, not people. <see cref="Appointed"/> means an offer made and
/// accepted; an application appointed but not shortlisted is an input error
/// (<see cref="Validation.WresErrorCodes.AppointedNotShortlisted"/>), never a silent count.
/// </remarks>
public sealed record JobApplication
{
    /// <summary>The application's identifier.</summary>
    public required string ApplicationId { get; init; }

    /// <summary>The applicant's ethnic category; <see langword="null"/> when not recorded.</summary>
    public EthnicCategory? EthnicOrigin { get; init; }

    /// <summary>Whether the applicant was shortlisted.</summary>
    public required bool Shortlisted { get; init; }

    /// <summary>Whether the applicant was appointed (an offer made and accepted).</summary>
    public required bool Appointed { get; init; }

    /// <summary>The shortlisting date; <see langword="null"/> means inside the reporting year.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The vacancy reference, for breakdowns.</summary>
    public string? VacancyReference { get; init; }

    /// <summary>
    /// The post's staff group, for indicator 2 by staff group (<see cref="Indicators.LikelihoodIndicatorResult.ByStaffGroup"/>),
    /// which is given when any application has one; <see langword="null"/> (blank or not recognised) counts in its row
    /// <see cref="Indicators.LikelihoodBreakdownRow.NotRecognisedLabel"/>.
    /// </summary>
    public StaffGroup? StaffGroup { get; init; }

    /// <summary>
    /// The post's pay band or grade, for indicator 2 by pay band (<see cref="Indicators.LikelihoodIndicatorResult.ByPayBand"/>),
    /// which is given when any application has one; <see langword="null"/> (blank or not recognised) counts in its row
    /// <see cref="Indicators.LikelihoodBreakdownRow.NotRecognisedLabel"/>.
    /// </summary>
    public Grade? Grade { get; init; }

    /// <summary>The applicant's declared disability, for the WDES.</summary>
    public DisabilityGroup Disability { get; init; }

    /// <summary>The organisation code, for roll-ups across organisations.</summary>
    public string? Organisation { get; init; }
}
