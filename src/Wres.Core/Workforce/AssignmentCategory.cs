namespace Wres.Core.Workforce;

/// <summary>The ESR assignment category, which decides whether an assignment is in scope.</summary>
public enum AssignmentCategory
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Permanent (the default for a blank cell).</summary>
    Permanent = 1,

    /// <summary>Fixed term temporary.</summary>
    FixedTerm = 2,

    /// <summary>Locum.</summary>
    Locum = 3,

    /// <summary>Bank: out of scope by <b>Default</b> (bank staff have their own standard).</summary>
    Bank = 4,

    /// <summary>Honorary: out of scope by <b>Default</b>.</summary>
    Honorary = 5,

    /// <summary>Any other category ESR or a local system uses (in scope unless configured otherwise).</summary>
    Other = 6,
}
