using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>One row of indicator 1 (WDES metric 1): the people in a band, grade group or cluster of a segment.</summary>
public sealed class RepresentationRow
{
    internal RepresentationRow(Segment? segment, string label, GroupTally counts, bool isTotal, GroupTally workforce = default, DetailedEthnicTally? detail = null)
    {
        Segment = segment;
        Label = label;
        Counts = counts;
        IsTotal = isTotal;
        Detail = detail;
        FocusToParity = FocusToParityOf(counts, workforce);
    }

    /// <summary>The segment; <see langword="null"/> for the whole-workforce row.</summary>
    public Segment? Segment { get; }

    /// <summary>The row: <c>Band 5</c>, <c>Consultants</c>, <c>Cluster 2</c>, or <c>All</c> for a total.</summary>
    public string Label { get; }

    /// <summary>Whether this is a segment total or the whole-workforce row.</summary>
    public bool IsTotal { get; }

    /// <summary>People by group; Unknown included.</summary>
    public GroupTally Counts { get; }

    /// <summary>
    /// The row's people by detailed ethnic group (rules §8: White British, White Irish, White other, Mixed, Asian, Black,
    /// Chinese, Other, Unknown), whose <see cref="DetailedEthnicTally.Groups"/> are <see cref="Counts"/>; WRES rows only,
    /// <see langword="null"/> for the WDES.
    /// </summary>
    public DetailedEthnicTally? Detail { get; }

    /// <summary>Whether anyone is in the row. An empty row is not applicable: its percentages are <see langword="null"/>, never 0%.</summary>
    public bool Applicable => Counts.Total > 0;

    /// <summary>The reference group's share, <c>count / (reference + focus + unknown) × 100</c>, unrounded.</summary>
    public double? ReferencePercent => Counts.PercentOf(ComparisonGroup.Reference);

    /// <summary>The focus group's share, with Unknown in the denominator, unrounded.</summary>
    public double? FocusPercent => Counts.PercentOf(ComparisonGroup.Focus);

    /// <summary>The Unknown share, unrounded.</summary>
    public double? UnknownPercent => Counts.PercentOf(ComparisonGroup.Unknown);

    /// <summary>
    /// The extra focus-group people (BME, or disabled) the row would need, at the same size, to match the whole
    /// workforce's focus share s (Unknown in the denominator, as the rows show it): <c>max(0, ceil(s × H) − B)</c> for
    /// a row of H people of whom B are in the focus group, worked out exactly (rules §8); <see langword="null"/> on a row
    /// with nobody in it.
    /// </summary>
    public int? FocusToParity { get; }

    /// <summary>The segment and label.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Segment?.ToString() ?? "All"} / {Label}: {Counts}";

    /// <summary>
    /// The extra focus-group people a row needs to match the workforce's focus share (rules §8), worked out exactly:
    /// <c>max(0, ceil(s × H) − B)</c> with s the workforce's focus share (Unknown in the denominator), H the row's people and B
    /// its focus group; for example from the counts a published report shows, so that the number derives from them alone.
    /// </summary>
    /// <param name="row">The row's counts.</param>
    /// <param name="workforce">The whole workforce's counts.</param>
    /// <returns>The number, or <see langword="null"/> when the row or the workforce has nobody in it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static int? FocusToParityOf(GroupTally row, GroupTally workforce)
    {
        if (row.Reference < 0 || row.Focus < 0 || row.Unknown < 0 || workforce.Reference < 0 || workforce.Focus < 0 || workforce.Unknown < 0)
        {
            throw new ArgumentOutOfRangeException(row.Reference < 0 || row.Focus < 0 || row.Unknown < 0 ? nameof(row) : nameof(workforce), "Counts cannot be negative.");
        }

        if (row.Total == 0 || workforce.Total == 0)
        {
            return null;
        }

        var needed = (((long)workforce.Focus * row.Total) + workforce.Total - 1) / workforce.Total;
        return (int)Math.Max(0, needed - row.Focus);
    }
}
