namespace Wres.Core.PayGaps;

/// <summary>
/// One of the four parts of the full-pay relevant employees ranked by hourly pay, lowest first, and who is in
/// it.
/// </summary>
/// <remarks>
/// Everyone is ranked, the unknown group included. The parts are as equal in size as they can be: the
/// first <c>n mod 4</c> parts, counted from the lowest, take one extra person. Within a run of equal hourly
/// pay, people are placed round-robin by group (focus, reference, unknown, then other), so that no group is
/// favoured at a boundary.
/// </remarks>
public sealed class PayQuartile
{
    internal PayQuartile(int quartile, PayGroupCounts counts)
    {
        Quartile = quartile;
        Counts = counts;
    }

    /// <summary>1 (the lowest paid) to 4 (the highest paid).</summary>
    public int Quartile { get; }

    /// <summary>The people in this part.</summary>
    public int People => Counts.Total;

    /// <summary>The people in this part by group.</summary>
    public PayGroupCounts Counts { get; }

    /// <summary>The reference group's share of the part, in percent; <see langword="null"/> when the part is empty.</summary>
    public double? ReferencePercent => Share(Counts.Reference);

    /// <summary>The focus group's share of the part, in percent; <see langword="null"/> when the part is empty.</summary>
    public double? FocusPercent => Share(Counts.Focus);

    /// <summary>The unknown group's share of the part, in percent; <see langword="null"/> when the part is empty.</summary>
    public double? UnknownPercent => Share(Counts.Unknown);

    /// <summary>The share of groups outside the comparison (detailed ethnic groups only), in percent; <see langword="null"/> when the part is empty.</summary>
    public double? OtherPercent => Share(Counts.Other);

    private double? Share(int count) => People == 0 ? null : count * 100.0 / People;
}
