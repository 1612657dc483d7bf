namespace Wres.Reporting.Contract;

/// <summary>One band's Model Employer trajectory (non-clinical and clinical staff together).</summary>
internal sealed record ModelEmployerBandDto
{
    /// <summary>The band, as indicator 1's rows name it (<c>Band 8a</c>, <c>VSM</c>).</summary>
    public string? Band { get; init; }

    /// <summary>This year's headcount the target is of (all staff, or those of known ethnicity).</summary>
    public int? Headcount { get; init; }

    /// <summary>This year's BME headcount.</summary>
    public int? Bme { get; init; }

    /// <summary>The BME headcount in the baseline year.</summary>
    public int? BaselineBme { get; init; }

    /// <summary>The BME headcount due in the target year.</summary>
    public int? Target { get; init; }

    /// <summary>The BME headcount due by each reporting year after the baseline, up to the target year.</summary>
    public IReadOnlyList<ModelEmployerMilestoneDto>? Milestones { get; init; }

    /// <summary>This year's milestone (next year's with this year as the baseline) minus this year's BME headcount; negative when ahead.</summary>
    public int? Gap { get; init; }
}
