namespace Wres.Reporting.Contract;

/// <summary>Last year's figures of a relative-likelihood indicator, under this year's keys.</summary>
internal sealed record LikelihoodPreviousDto
{
    public GroupLikelihoodDto? White { get; init; }

    public GroupLikelihoodDto? Bme { get; init; }

    public GroupLikelihoodDto? Unknown { get; init; }

    public ReportNumber? RelativeLikelihood { get; init; }

    public IntervalDto? Ci95 { get; init; }

    public ReportNumber? PValue { get; init; }

    public string? Band { get; init; }

    public bool? SmallNumbers { get; init; }

    public bool? Rolling { get; init; }
}
