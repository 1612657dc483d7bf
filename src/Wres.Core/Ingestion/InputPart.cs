namespace Wres.Core.Ingestion;

/// <summary>
/// The inputs a report is computed from, in the order the data-quality report lists them: what
/// <see cref="WresAccumulator.OpenInput(InputPart, string)"/> opens for a reader that adds rows one by one.
/// </summary>
public enum InputPart
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>The staff-in-post extract (one row per assignment).</summary>
    Staff = 1,

    /// <summary>Applications (one row per application).</summary>
    Recruitment = 2,

    /// <summary>Disciplinary and capability cases (one row per case).</summary>
    Disciplinary = 3,

    /// <summary>Courses taken (one row per course).</summary>
    Training = 4,

    /// <summary>Board members at the snapshot date.</summary>
    Board = 5,

    /// <summary>Staff survey results.</summary>
    Survey = 6,

    /// <summary>Last year's staff extract.</summary>
    PreviousStaff = 7,

    /// <summary>Last year's cases.</summary>
    PreviousDisciplinary = 8,
}
