namespace Wres.Core.Trajectory;

/// <summary>Which share of the workforce a Model Employer target matches.</summary>
public enum TargetShareBasis
{
    /// <summary>Not set; not accepted.</summary>
    Unknown = 0,

    /// <summary>BME ÷ all staff, Unknown ethnicity in the denominator (as indicator 1 shows it), of each band's whole headcount.</summary>
    AllStaff = 1,

    /// <summary>BME ÷ staff of known ethnicity, of each band's staff of known ethnicity.</summary>
    KnownEthnicity = 2,
}
