namespace Wres.Reporting.Contract;

/// <summary>
/// This year's counts of the three groups minus last year's, under the same keys as <see cref="GroupCountsDto"/>;
/// a change is unknown when either count is. Types that add fields order them as <see cref="GroupCountsDto"/>'s do.
/// </summary>
internal record GroupChangesDto
{
    public int? White { get; init; }

    public int? Bme { get; init; }

    public int? Unknown { get; init; }
}
