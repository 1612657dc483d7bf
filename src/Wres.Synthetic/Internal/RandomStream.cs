namespace Wres.Synthetic.Internal;

/// <summary>The independent random streams under one seed: one per kind of draw, so files do not disturb each other.</summary>
internal enum RandomStream
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>A person's lasting attributes: staff group, band, ethnicity, disability, organisation, joiner.</summary>
    Person = 1,

    /// <summary>A person's assignments in the current year.</summary>
    Assignments = 2,

    /// <summary>A person's assignments in the previous year.</summary>
    PreviousAssignments = 3,

    /// <summary>Applications (one sequence for the file).</summary>
    Recruitment = 4,

    /// <summary>A vacancy's staff group, band and organisation.</summary>
    Vacancy = 5,

    /// <summary>A person's cases in the current year.</summary>
    Cases = 6,

    /// <summary>A person's cases in the previous year.</summary>
    PreviousCases = 7,

    /// <summary>A person's courses.</summary>
    Training = 8,

    /// <summary>The board (one sequence for the file).</summary>
    Board = 9,

    /// <summary>The staff survey (one sequence for the file).</summary>
    Survey = 10,

    /// <summary>A person's pay: sex, pay points, shift premium, leave and bonus.</summary>
    Pay = 11,
}
