namespace Wres.Benchmarks;

/// <summary>The workforce sizes benchmarks run at: a trust, a large trust, the NHS in England.</summary>
public static class Sizes
{
    /// <summary>Set by <c>--dry</c>: every benchmark runs at its smallest size only.</summary>
    public static bool DryRun { get; set; }

    /// <summary>Set by <c>--max-staff N</c>: sizes above it are left out (for a quick run on a small machine).</summary>
    public static int MaxStaff { get; set; } = int.MaxValue;

    /// <summary>10 thousand, 100 thousand and 1.5 million staff (10 thousand only in a dry run; none above <see cref="MaxStaff"/>).</summary>
    public static IEnumerable<int> Staff => DryRun ? [10_000] : ((int[])[10_000, 100_000, 1_500_000]).Where(s => s <= MaxStaff);
}
