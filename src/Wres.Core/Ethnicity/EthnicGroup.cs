namespace Wres.Core.Ethnicity;

/// <summary>The WRES ethnic group a person is counted in.</summary>
public enum EthnicGroup
{
    /// <summary>Ethnicity not stated, not known, blank or not recognised.</summary>
    Unknown = 0,

    /// <summary>White (national codes A, B, C and their extended codes).</summary>
    White = 1,

    /// <summary>Black and minority ethnic (national codes D to S and their extended codes).</summary>
    Bme = 2,
}
