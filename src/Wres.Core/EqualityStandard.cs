namespace Wres.Core;

/// <summary>The equality standard a report is computed for.</summary>
public enum EqualityStandard
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>The Workforce Race Equality Standard: White compared with black and minority ethnic (BME) staff.</summary>
    Wres = 1,

    /// <summary>The Workforce Disability Equality Standard: non-disabled compared with disabled staff.</summary>
    Wdes = 2,
}
