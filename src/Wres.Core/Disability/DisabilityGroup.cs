namespace Wres.Core.Disability;

/// <summary>The WDES disability group a person is counted in.</summary>
public enum DisabilityGroup
{
    /// <summary>Not declared, prefer not to answer, blank or not recognised.</summary>
    Unknown = 0,

    /// <summary>The person declared no disability (<c>No</c>).</summary>
    NonDisabled = 1,

    /// <summary>The person declared a disability (<c>Yes</c>).</summary>
    Disabled = 2,
}
