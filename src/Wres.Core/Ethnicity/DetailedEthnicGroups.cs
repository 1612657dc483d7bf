namespace Wres.Core.Ethnicity;

/// <summary>The detailed ethnic group (rules §8) of an <see cref="EthnicCategory"/>.</summary>
public static class DetailedEthnicGroups
{
    /// <summary>
    /// The detailed group of a category: by its national code (the first letter of an extended code, so <c>C2</c>
    /// is White other and <c>LK</c> Asian); a code registered locally is White other, Other or Unknown by the
    /// WRES group it was registered with.
    /// </summary>
    /// <param name="category">The category; <see langword="null"/> (a blank value) is Unknown.</param>
    /// <returns>The detailed group.</returns>
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
