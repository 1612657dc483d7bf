namespace Wres.Reporting.Contract;

/// <summary>This year's relative-likelihood figures minus last year's.</summary>
internal sealed record LikelihoodChangeDto
{
    public GroupLikelihoodChangeDto? White { get; init; }

    public GroupLikelihoodChangeDto? Bme { get; init; }

    public GroupLikelihoodChangeDto? Unknown { get; init; }

    public ReportNumber? RelativeLikelihood { get; init; }
}
