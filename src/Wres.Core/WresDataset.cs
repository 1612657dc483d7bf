using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Workforce;

namespace Wres.Core;

/// <summary>
/// Everything a report is computed from, as typed records. Each part is optional: a part that is
/// <see langword="null"/> was not provided, and the indicators that need it are reported as not
/// provided, never as zero. An empty list is provided and empty.
/// </summary>
public sealed record WresDataset
{
    /// <summary>The staff-in-post extract at the snapshot date, one record per assignment (indicators 1, 3, 4, 9).</summary>
    public IReadOnlyList<StaffAssignment>? Staff { get; init; }

    /// <summary>Applications, one record per application (indicator 2).</summary>
    public IReadOnlyList<JobApplication>? Applications { get; init; }

    /// <summary>Formal disciplinary and capability cases (indicator 3, WDES metric 3).</summary>
    public IReadOnlyList<EmployeeRelationsCase>? Cases { get; init; }

    /// <summary>Courses taken (indicator 4).</summary>
    public IReadOnlyList<TrainingRecord>? Training { get; init; }

    /// <summary>Board members at the snapshot date (indicator 9).</summary>
    public IReadOnlyList<BoardMember>? Board { get; init; }

    /// <summary>Staff survey results (indicators 5 to 8).</summary>
    public IReadOnlyList<SurveyResult>? Survey { get; init; }

    /// <summary>Last year's staff extract: last year's headcount for the two-year indicator 3, and a fallback for joining cases.</summary>
    public IReadOnlyList<StaffAssignment>? PreviousStaff { get; init; }

    /// <summary>Last year's cases, for the two-year indicator 3.</summary>
    public IReadOnlyList<EmployeeRelationsCase>? PreviousCases { get; init; }
}
