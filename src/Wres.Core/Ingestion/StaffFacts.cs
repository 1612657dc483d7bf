using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.Ingestion;

/// <summary>
/// The classified values of one staff-in-post row (one assignment) that the workforce is computed from, for
/// <see cref="InputWriter.AddStaff"/>: what a reader has made of the row's cells. The keys (employee and assignment
/// numbers) are passed beside it as UTF-8 bytes.
/// </summary>
/// <remarks>
/// A value type passed by reference, so that adding a row allocates nothing. The options of the accumulator decide
/// the rest: the segment (from the staff group, or the occupation code when the options map it) and whether the
/// category is in scope.
/// </remarks>
public readonly struct StaffFacts
{
    /// <summary>The person's ethnic group (<see cref="EthnicityClassifier"/> gives it from an ESR value).</summary>
    public required EthnicGroup Ethnicity { get; init; }

    /// <summary>
    /// The person's ethnic category as the row records it (<see cref="EthnicityClassification.Category"/>), which gives
    /// the detailed ethnic group of rules §8 (<see cref="DetailedEthnicGroups.DetailedGroup"/>); it must lie in
    /// <see cref="Ethnicity"/>. <b>Default</b> <see langword="null"/>: the detailed group then follows
    /// <see cref="Ethnicity"/> alone, as for a local code (White other, Other or Unknown).
    /// </summary>
    public EthnicCategory? EthnicOrigin { get; init; }

    /// <summary>The person's disability group, for the WDES; <b>Default</b> <see cref="DisabilityGroup.Unknown"/>.</summary>
    public DisabilityGroup Disability { get; init; }

    /// <summary>The staff group, which decides the segment.</summary>
    public required StaffGroup StaffGroup { get; init; }

    /// <summary>The pay band or medical grade (<see cref="Grade.Classify(ReadOnlySpan{char})"/> gives it from an ESR value).</summary>
    public required Grade Grade { get; init; }

    /// <summary>Whether this is the person's primary assignment (ESR's blank cell means yes).</summary>
    public required bool IsPrimary { get; init; }

    /// <summary>The assignment category (ESR's blank cell means <see cref="AssignmentCategory.Permanent"/>).</summary>
    public required AssignmentCategory Category { get; init; }

    /// <summary>The whole-time equivalent, 0 to 1.5; <see langword="null"/> when not given (ranks below any given value).</summary>
    public decimal? Fte { get; init; }

    /// <summary>The ESR occupation code, used only when the options map occupation codes to segments.</summary>
    public string? OccupationCode { get; init; }

    /// <summary>
    /// Whether the assignment had ended at the snapshot date: its end date is before it, or its status says the person
    /// has left (<c>Terminate…</c>, <c>Ex-…</c>). A leaver's assignment is excluded by <see cref="Validation.ExclusionRule.Leaver"/>
    /// (unless its category already sets it aside); the person's cases and courses still count.
    /// </summary>
    public bool HasLeft { get; init; }
}
