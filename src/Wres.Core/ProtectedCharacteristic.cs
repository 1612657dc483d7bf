namespace Wres.Core;

/// <summary>The protected characteristic a standard compares staff by.</summary>
public enum ProtectedCharacteristic
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Ethnicity: White compared with BME (the WRES).</summary>
    Ethnicity = 1,

    /// <summary>Disability: non-disabled compared with disabled (the WDES).</summary>
    Disability = 2,
}
