using Wres.Core.Disability;
using Wres.Core.Ethnicity;

namespace Wres.Core.Workforce;

/// <summary>
/// One ESR assignment in the staff-in-post extract at the snapshot date. A person (identified by
/// <see cref="EmployeeNumber"/>) may hold several assignments; the workforce counts people.
/// </summary>
/// <remarks>
/// A data carrier: the types make most bad values unrepresentable, and
/// <see cref="Validation.StaffAssignmentValidator"/> judges the rest (a blank employee number, an
/// FTE outside 0 to 1.5).
/// </remarks>
public sealed record StaffAssignment
{
    /// <summary>The person's ESR employee number: the key that joins a person's assignments, cases and training.</summary>
    public required string EmployeeNumber { get; init; }

    /// <summary>The assignment number; <see langword="null"/> or blank means the employee number.</summary>
    public string? AssignmentNumber { get; init; }

    /// <summary>The person's ethnic category; <see langword="null"/> when not recorded (counted as Unknown).</summary>
    public EthnicCategory? EthnicOrigin { get; init; }

    /// <summary>The staff group, which decides the segment.</summary>
    public required StaffGroup StaffGroup { get; init; }

    /// <summary>The pay band or medical grade.</summary>
    public required Grade Grade { get; init; }

    /// <summary>Whether this is the person's primary assignment; <b>Default</b> <see langword="true"/> (blank cell).</summary>
    public bool IsPrimary { get; init; } = true;

    /// <summary>The assignment category; <b>Default</b> <see cref="AssignmentCategory.Permanent"/> (blank cell).</summary>
    public AssignmentCategory Category { get; init; } = AssignmentCategory.Permanent;

    /// <summary>Full-time equivalent, 0 to 1.5; <see langword="null"/> when not given (ranks below any given value).</summary>
    public decimal? Fte { get; init; }

    /// <summary>The ESR occupation code, used only for segment overrides.</summary>
    public string? OccupationCode { get; init; }

    /// <summary>The person's declared disability, for the WDES.</summary>
    public DisabilityGroup Disability { get; init; }

    /// <summary>The organisation code, for roll-ups across organisations.</summary>
    public string? Organisation { get; init; }

    /// <summary>The assignment number, or the employee number when none is given.</summary>
    public string EffectiveAssignmentNumber =>
        string.IsNullOrWhiteSpace(AssignmentNumber) ? EmployeeNumber : AssignmentNumber;
}
