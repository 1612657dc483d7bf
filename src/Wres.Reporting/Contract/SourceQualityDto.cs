namespace Wres.Reporting.Contract;

/// <summary>One input's reconciliation (rows read = counted + excluded + rejected), exclusions and findings.</summary>
internal sealed record SourceQualityDto
{
    public string? File { get; init; }

    public int RowsRead { get; init; }

    public int RowsCounted { get; init; }

    public int RowsExcluded { get; init; }

    public int RowsRejected { get; init; }

    public bool Reconciles { get; init; }

    public IReadOnlyList<ExclusionDto>? Exclusions { get; init; }

    public IReadOnlyList<IssueDto>? Issues { get; init; }

    public int IssuesOmitted { get; init; }
}
