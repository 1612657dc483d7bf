namespace Wres.Core.Ethnicity;

/// <summary>Where an <see cref="EthnicCategory"/> code comes from.</summary>
public enum EthnicCodeKind
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>One of the 16 national NHS Data Dictionary codes, or <c>Z</c> (not stated) or <c>99</c> (not known).</summary>
    National = 1,

    /// <summary>A two-character extended code in national use (for example <c>C2</c>, <c>LH</c>).</summary>
    Extended = 2,

    /// <summary>A code registered by the organisation through <see cref="EthnicityOptions.LocalCodes"/>.</summary>
    Local = 3,
}
