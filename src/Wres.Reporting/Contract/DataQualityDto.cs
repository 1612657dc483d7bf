namespace Wres.Reporting.Contract;

/// <summary>The data quality of every input: exact row totals (not personal data, so never disclosed), exclusions and findings.</summary>
internal sealed record DataQualityDto
{
    public bool HasRejections { get; init; }

    public IReadOnlyList<SourceQualityDto>? Files { get; init; }
}
