using NodaTime;

namespace Wres.Core.Training;

/// <summary>One course taken by a member of staff.</summary>
/// <remarks>
/// Indicator 4 counts people with at least one non-mandatory course in the year; the person's
/// ethnicity is joined from the staff file, as for cases.
/// </remarks>
public sealed record TrainingRecord
{
    /// <summary>The employee's ESR employee number.</summary>
    public required string EmployeeNumber { get; init; }

    /// <summary>The course name or code.</summary>
    public required string Course { get; init; }

    /// <summary>Whether the course is mandatory or statutory training (not counted by indicator 4).</summary>
    public required bool Mandatory { get; init; }

    /// <summary>The date the course was taken; <see langword="null"/> means inside the reporting year.</summary>
    public LocalDate? Date { get; init; }
}
