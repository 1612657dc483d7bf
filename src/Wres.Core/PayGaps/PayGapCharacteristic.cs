namespace Wres.Core.PayGaps;

/// <summary>The characteristic a pay gap compares people by.</summary>
public enum PayGapCharacteristic
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Sex: men against women (the gender pay gap).</summary>
    Sex = 1,

    /// <summary>Ethnicity: as <see cref="PayGapOptions.EthnicityBasis"/> says.</summary>
    Ethnicity = 2,

    /// <summary>Disability: non-disabled against disabled people.</summary>
    Disability = 3,
}
