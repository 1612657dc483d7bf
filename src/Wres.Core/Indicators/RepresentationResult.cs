namespace Wres.Core.Indicators;

/// <summary>
/// WRES indicator 1: the percentage of staff in each pay band (or medical grade group) of each segment
/// by group, with each segment's total and the whole workforce; for the WDES, metric 1 by cluster.
/// </summary>
/// <remarks>
/// For each row, counts of the reference group, the focus group and Unknown, and
/// <c>% = count / (reference + focus + unknown) × 100</c>: Unknown stays in the denominator. A row with
/// nobody in it is not applicable rather than 0%. Rows are per segment; there are no cross-segment band
/// rows. The known-only focus share and the declaration rate are reported for the whole workforce.
/// </remarks>
public sealed class RepresentationResult
{
    internal RepresentationResult(string id, IndicatorStatus status, IReadOnlyList<RepresentationRow> rows)
    {
        Id = id;
        Status = status;
        Rows = rows;
    }

    /// <summary>The indicator id, <c>1</c>.</summary>
    public string Id { get; }

    /// <summary>Computed, or not provided when there was no staff input.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>Every row of every segment in report order, each segment followed by its total, then the whole workforce.</summary>
    public IReadOnlyList<RepresentationRow> Rows { get; }

    /// <summary>The whole-workforce row; <see langword="null"/> when not provided.</summary>
    public RepresentationRow? Total => Rows.Count == 0 ? null : Rows[^1];

    /// <summary>The focus group's share of people whose characteristic is known.</summary>
    public double? KnownFocusPercent => Total?.Counts.KnownFocusPercent;

    /// <summary>The share of people whose characteristic is known.</summary>
    public double? DeclarationRate => Total?.Counts.DeclarationRate;
}
