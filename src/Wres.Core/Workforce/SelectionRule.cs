namespace Wres.Core.Workforce;

/// <summary>
/// The rule that decided which in-scope assignment gives a person's band, staff group and segment.
/// The rules apply in order; the one reported is the first that separated the chosen assignment from
/// every other.
/// </summary>
public enum SelectionRule
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>The person has one in-scope assignment: no rule was needed.</summary>
    OnlyAssignment = 1,

    /// <summary>The primary assignment.</summary>
    PrimaryAssignment = 2,

    /// <summary>The highest FTE (no single primary assignment).</summary>
    HighestFte = 3,

    /// <summary>The highest band (Under Band 1 &lt; … &lt; Band 9 &lt; VSM; Other and medical grades lowest).</summary>
    HighestBand = 4,

    /// <summary>The lowest assignment number, in ordinal string order.</summary>
    LowestAssignmentNumber = 5,

    /// <summary>The same assignment number appears more than once (reported as a warning); the rows' content decided.</summary>
    DuplicateAssignmentNumber = 6,
}
