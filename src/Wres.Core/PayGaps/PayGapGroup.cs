namespace Wres.Core.PayGaps;

/// <summary>A group a pay gap compares: the reference or the focus group of one comparison.</summary>
public enum PayGapGroup
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Men (the gender pay gap's reference group).</summary>
    Male = 1,

    /// <summary>Women (the gender pay gap's focus group).</summary>
    Female = 2,

    /// <summary>White: national ethnic codes A, B and C.</summary>
    White = 3,

    /// <summary>Black and minority ethnic: national ethnic codes D to S.</summary>
    Bme = 4,

    /// <summary>White British: ethnic code A.</summary>
    WhiteBritish = 5,

    /// <summary>Everyone whose ethnicity is known and not White British (codes B to S).</summary>
    AllOtherEthnicGroups = 6,

    /// <summary>White Irish: code B.</summary>
    WhiteIrish = 7,

    /// <summary>Any other White background: code C and its extensions.</summary>
    WhiteOther = 8,

    /// <summary>Mixed: codes D to G.</summary>
    Mixed = 9,

    /// <summary>Asian or Asian British: codes H, J, K and L.</summary>
    Asian = 10,

    /// <summary>Black or Black British: codes M, N and P.</summary>
    Black = 11,

    /// <summary>Other ethnic groups: codes R and S.</summary>
    OtherEthnicGroup = 12,

    /// <summary>People who declared no disability.</summary>
    NonDisabled = 13,

    /// <summary>People who declared a disability.</summary>
    Disabled = 14,
}
