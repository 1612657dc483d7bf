namespace Wres.Core.Workforce;

/// <summary>The part of the workforce indicator 1 reports separately.</summary>
public enum Segment
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Non-clinical staff: by default staff groups 08 Administrative and Clerical, 09 Estates and Ancillary and 10.</summary>
    NonClinical = 1,

    /// <summary>Clinical staff other than medical and dental: staff groups 02 to 07 by default.</summary>
    Clinical = 2,

    /// <summary>Medical and dental staff (staff group 01), reported by medical grade rather than pay band.</summary>
    MedicalAndDental = 3,
}
