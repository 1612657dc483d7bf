namespace Wres.Core.PayGaps;

/// <summary>Which ethnic groups the ethnicity pay gap compares.</summary>
public enum EthnicityPayGapBasis
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>White (national codes A, B, C) against BME, as the WRES (<b>Default</b>).</summary>
    WhiteAndBme = 1,

    /// <summary>White British (code A) against everyone else whose ethnicity is known, as the government's ethnicity pay reporting guidance frames it.</summary>
    WhiteBritishAndOthers = 2,

    /// <summary>Each detailed group (White Irish, White other, Mixed, Asian, Black, Other) against White British: six comparisons.</summary>
    DetailedGroups = 3,
}
