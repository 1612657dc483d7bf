namespace Wres.Core;

/// <summary>
/// The three groups every indicator counts, whichever protected characteristic the standard compares.
/// </summary>
/// <remarks>
/// For the WRES the reference group is White staff and the focus group BME staff; for the WDES the
/// reference group is non-disabled staff and the focus group disabled staff. The numeric values match
/// <see cref="Ethnicity.EthnicGroup"/> and <see cref="Disability.DisabilityGroup"/>.
/// </remarks>
public enum ComparisonGroup
{
    /// <summary>Characteristic not stated, not known or not recognised.</summary>
    Unknown = 0,

    /// <summary>White (WRES) or non-disabled (WDES) staff.</summary>
    Reference = 1,

    /// <summary>BME (WRES) or disabled (WDES) staff.</summary>
    Focus = 2,
}
