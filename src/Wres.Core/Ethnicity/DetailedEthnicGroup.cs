namespace Wres.Core.Ethnicity;

/// <summary>
/// The detailed ethnic groups a report can show beside the White/BME pair (rules §8, <c>--detail</c>): White
/// British (A), White Irish (B), White other (C), Mixed (D-G), Asian (H, J, K, L), Black (M, N, P), Chinese (R),
/// Other (S) and Unknown. An extended code falls under its national code's group (<c>C2</c> is White other,
/// <c>LK</c> Asian); <see cref="DetailedEthnicGroups.DetailedGroup"/> gives the group of a category.
/// </summary>
/// <remarks>
/// The three White groups together are <see cref="EthnicGroup.White"/>, Mixed to Other together
/// <see cref="EthnicGroup.Bme"/>, and Unknown is <see cref="EthnicGroup.Unknown"/>, so a breakdown by detailed group
/// adds up to the White, BME and Unknown figures.
/// </remarks>
public enum DetailedEthnicGroup
{
    /// <summary>White British: national code A.</summary>
    WhiteBritish = 0,

    /// <summary>White Irish: national code B.</summary>
    WhiteIrish = 1,

    /// <summary>Any other White background: national code C and its extended codes (Gypsy, Irish Traveller and Roma included), and local codes counted as White.</summary>
    WhiteOther = 2,

    /// <summary>Mixed: national codes D, E, F and G and their extended codes.</summary>
    Mixed = 3,

    /// <summary>Asian or Asian British: national codes H, J, K and L and their extended codes.</summary>
    Asian = 4,

    /// <summary>Black or Black British: national codes M, N and P and their extended codes.</summary>
    Black = 5,

    /// <summary>Chinese: national code R.</summary>
    Chinese = 6,

    /// <summary>Any other ethnic group: national code S and its extended codes, and local codes counted as BME.</summary>
    Other = 7,

    /// <summary>Not stated (Z), not known (99), blank or not recognised, and local codes counted as Unknown.</summary>
    Unknown = 8,
}
