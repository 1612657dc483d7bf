using System.Runtime.CompilerServices;
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

    public static int FteUnits(decimal? fte) =>
        fte is not { } value ? -1
        : TryExactUnits(value, out var units) ? units
        : (int)Math.Round(value * 10_000m, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The value in ten-thousandths when that is exact and cheap to find: not negative, at most four
    /// decimal places and a small mantissa (every FTE as ESR writes it). Otherwise false, and decimal
    /// arithmetic decides.
    /// </summary>
    [SkipLocalsInit]
    public static bool TryExactUnits(decimal value, out int units)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] >= 0 && bits[1] == 0 && bits[2] == 0 && scale <= 4 && (uint)bits[0] <= MaximumExactMantissa)
        {
            units = bits[0] * UnitsPerStep[scale];
            return true;
        }

        units = 0;
        return false;
    }

    private const uint MaximumExactMantissa = int.MaxValue / 10_000;

    private static ReadOnlySpan<int> UnitsPerStep => [10_000, 1_000, 100, 10, 1];

    /// <summary>The facts that decide counting and choosing, in 19 bits: ethnicity, disability, segment, row, rank, primary, category.</summary>
    public readonly uint Pack() =>
        Ethnicity | ((uint)Disability << 2) | ((uint)Segment << 4) | ((uint)Row << 6) | ((uint)Rank << 11) | (Primary ? 1u << 15 : 0) | ((uint)Category << 16);
}
