namespace Wres.Core.Publication;

/// <summary>Disclosure control for published output (ethnicity and disability are special-category data).</summary>
public sealed class DisclosureOptions
{
    /// <summary>The policy; <b>Default</b> <see cref="DisclosurePolicy.RoundToFive"/>.</summary>
    public DisclosurePolicy Policy { get; set; } = DisclosurePolicy.RoundToFive;

    /// <summary>For <see cref="DisclosurePolicy.RoundToFive"/>: the largest count suppressed; <b>Default</b> 7.</summary>
    public int SuppressUpTo { get; set; } = 7;

    /// <summary>For <see cref="DisclosurePolicy.RoundToFive"/>: the rounding base; <b>Default</b> 5.</summary>
    public int RoundingBase { get; set; } = 5;

    /// <summary>For <see cref="DisclosurePolicy.Threshold"/>: counts below this are shown as <c>&lt;threshold</c>; <b>Default</b> 5 (10 is also in use).</summary>
    public int Threshold { get; set; } = 5;

    /// <summary>Makes <paramref name="target"/> hold these options.</summary>
    internal void CopyTo(DisclosureOptions target)
    {
        target.Policy = Policy;
        target.SuppressUpTo = SuppressUpTo;
        target.RoundingBase = RoundingBase;
        target.Threshold = Threshold;
    }
}
