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

        // By the national code's letter, through a table rather than a branch per letter: this runs once per record.
        var letter = category.Code[0] - 'A';
        return (uint)letter < (uint)ByLetter.Length ? (DetailedEthnicGroup)ByLetter[letter] : DetailedEthnicGroup.Unknown;
    }

    /// <summary>
    /// The detailed group of each national code letter from A: A White British, B White Irish, C White other, D-G
    /// Mixed, H and J-L Asian, M, N and P Black, R Chinese, S Other; every other letter (I, O, Q, Z) Unknown.
    /// </summary>
    private static ReadOnlySpan<byte> ByLetter =>
    [
        (byte)DetailedEthnicGroup.WhiteBritish, (byte)DetailedEthnicGroup.WhiteIrish, (byte)DetailedEthnicGroup.WhiteOther,
        (byte)DetailedEthnicGroup.Mixed, (byte)DetailedEthnicGroup.Mixed, (byte)DetailedEthnicGroup.Mixed, (byte)DetailedEthnicGroup.Mixed,
        (byte)DetailedEthnicGroup.Asian, (byte)DetailedEthnicGroup.Unknown, (byte)DetailedEthnicGroup.Asian, (byte)DetailedEthnicGroup.Asian,
        (byte)DetailedEthnicGroup.Asian, (byte)DetailedEthnicGroup.Black, (byte)DetailedEthnicGroup.Black, (byte)DetailedEthnicGroup.Unknown,
        (byte)DetailedEthnicGroup.Black, (byte)DetailedEthnicGroup.Unknown, (byte)DetailedEthnicGroup.Chinese, (byte)DetailedEthnicGroup.Other,
    ];
}
