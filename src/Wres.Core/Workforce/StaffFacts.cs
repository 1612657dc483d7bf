using System.Runtime.InteropServices;

namespace Wres.Core.Workforce;

/// <summary>
/// Everything the workforce needs from one assignment row, classified: what the typed path and the CSV
/// readers both hand to <see cref="WorkforceAccumulator"/>.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct StaffFacts
{
    public byte Ethnicity;      // EthnicGroup
    public byte Disability;     // DisabilityGroup
    public byte Segment;        // Segment
    public byte Row;            // Grade.Index of the indicator 1 row within the segment
    public byte Rank;           // Grade.Rank, for the "highest band" rule
    public bool Primary;
    public AssignmentCategory Category;
    public int Fte;             // ten-thousandths of a whole time equivalent; -1 when not given

    public static int FteUnits(decimal? fte) => fte is null ? -1 : (int)Math.Round(fte.Value * 10_000m, MidpointRounding.AwayFromZero);

    /// <summary>The facts that decide counting and choosing, in 19 bits: ethnicity, disability, segment, row, rank, primary, category.</summary>
    public readonly uint Pack() =>
        Ethnicity | ((uint)Disability << 2) | ((uint)Segment << 4) | ((uint)Row << 6) | ((uint)Rank << 11) | (Primary ? 1u << 15 : 0) | ((uint)Category << 16);
}
