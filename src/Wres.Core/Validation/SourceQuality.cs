namespace Wres.Core.Validation;

/// <summary>
/// What happened to every row of one input: <c>RowsRead = RowsCounted + RowsExcluded + RowsRejected</c>,
/// always.
/// </summary>
public sealed class SourceQuality
{
    internal SourceQuality(
        string source,
        int rowsRead,
        int rowsCounted,
        int rowsRejected,
        IReadOnlyList<ExclusionCount> exclusions,
        IReadOnlyList<DataQualityIssue> issues,
        int issuesOmitted)
    {
        Source = source;
        RowsRead = rowsRead;
        RowsCounted = rowsCounted;
        RowsRejected = rowsRejected;
        Exclusions = exclusions;
        Issues = issues;
        IssuesOmitted = issuesOmitted;
        var excluded = 0;
        foreach (var exclusion in exclusions)
        {
            excluded += exclusion.Rows;
        }

        RowsExcluded = excluded;
    }

    /// <summary>The file name, or the dataset part for typed input.</summary>
    public string Source { get; }

    /// <summary>Data rows read (blank lines and the header are not rows).</summary>
    public int RowsRead { get; }

    /// <summary>Rows taken into the computation, even where an indicator then gives them no weight.</summary>
    public int RowsCounted { get; }

    /// <summary>Rows set aside by a scope rule; see <see cref="Exclusions"/>.</summary>
    public int RowsExcluded { get; }

    /// <summary>Rows rejected as bad data; each has an <see cref="IssueSeverity.Error"/> issue.</summary>
    public int RowsRejected { get; }

    /// <summary>Excluded rows by rule.</summary>
    public IReadOnlyList<ExclusionCount> Exclusions { get; }

    /// <summary>Findings in line order. Repeated identical findings are folded into one with <see cref="DataQualityIssue.Occurrences"/>.</summary>
    public IReadOnlyList<DataQualityIssue> Issues { get; }

    /// <summary>Findings not listed because the source had more than the configured maximum; they are still counted in the totals.</summary>
    public int IssuesOmitted { get; }

    /// <summary>Whether the totals reconcile: read = counted + excluded + rejected.</summary>
    public bool Reconciles => RowsRead == RowsCounted + RowsExcluded + RowsRejected;
}
