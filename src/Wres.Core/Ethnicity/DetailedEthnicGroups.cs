namespace Wres.Core.Ethnicity;

/// <summary>The detailed ethnic group of an <see cref="EthnicCategory"/> (rules §8).</summary>
public static class DetailedEthnicGroups
{
    /// <summary>
    /// The detailed group a category is counted in: A White British, B White Irish, C White other, D-G Mixed, H-L Asian,
    /// M-P Black, R Chinese, S Other, Z and 99 Unknown; an extended code by its first letter (<c>C2</c> White other,
    /// <c>LK</c> Asian); a local code by its WRES group (White: White other; BME: Other; otherwise Unknown).
    /// </summary>
    /// <param name="category">The category; <see langword="null"/> (a blank value) is Unknown.</param>
    /// <returns>The detailed group, always within the category's WRES group (<see cref="EthnicCategory.Group"/>).</returns>
    public static DetailedEthnicGroup DetailedGroup(this EthnicCategory? category)
    {
        if (category is null)
        {
            return DetailedEthnicGroup.Unknown;
        }

        if (category.Kind == EthnicCodeKind.Local)
        {
            return category.Group switch
            {
                EthnicGroup.White => DetailedEthnicGroup.WhiteOther,
                EthnicGroup.Bme => DetailedEthnicGroup.Other,
                _ => DetailedEthnicGroup.Unknown,
            };
        }

        return category.Code[0] switch
        {
            'A' => DetailedEthnicGroup.WhiteBritish,
            'B' => DetailedEthnicGroup.WhiteIrish,
            'C' => DetailedEthnicGroup.WhiteOther,
            'D' or 'E' or 'F' or 'G' => DetailedEthnicGroup.Mixed,
            'H' or 'J' or 'K' or 'L' => DetailedEthnicGroup.Asian,
            'M' or 'N' or 'P' => DetailedEthnicGroup.Black,
            'R' => DetailedEthnicGroup.Chinese,
            'S' => DetailedEthnicGroup.Other,
            _ => DetailedEthnicGroup.Unknown,
        };
    }
}
