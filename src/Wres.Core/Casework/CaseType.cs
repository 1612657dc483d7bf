namespace Wres.Core.Casework;

/// <summary>The kind of formal employee-relations process a case entered.</summary>
public enum CaseType
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Formal disciplinary investigation: WRES indicator 3 (the default for a blank cell).</summary>
    Disciplinary = 1,

    /// <summary>Formal capability process on performance grounds: WDES metric 3.</summary>
    Capability = 2,

    /// <summary>Capability on grounds of ill health: counted by neither standard.</summary>
    IllHealthCapability = 3,

    /// <summary>
    /// Any other employee-relations process (a grievance, bullying and harassment, an appeal): counted by neither
    /// standard, and excluded by a named rule with its value listed rather than rejected.
    /// </summary>
    Other = 4,
}
