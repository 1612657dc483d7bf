namespace Wres.Reporting.Contract;

/// <summary>
/// The Model Employer trajectory (rules §8; WRES reports with a workforce): the target year and the baseline the
/// milestones start from, the share the targets match, and each senior band's target, milestones and gap.
/// </summary>
internal sealed record ModelEmployerDto
{
    /// <summary>The target reporting year by the year its 31 March falls in (2028 is 2027/28).</summary>
    public int? TargetYear { get; init; }

    /// <summary>The baseline reporting year as reports name it (<c>2025/26</c>): last year's report's, or this year's.</summary>
    public string? BaselineYear { get; init; }

    /// <summary>The workforce's BME share the targets match, a proportion from 0 to 1, unrounded.</summary>
    public ReportNumber? TargetShare { get; init; }

    /// <summary>Of whom the share is taken: <c>AllStaff</c> or <c>KnownEthnicity</c>.</summary>
    public string? ShareBasis { get; init; }

    public IReadOnlyList<ModelEmployerBandDto>? Bands { get; init; }
}
