namespace Wres.Core.PayGaps;

/// <summary>People in each group of one pay gap comparison.</summary>
/// <param name="Reference">The reference group.</param>
/// <param name="Focus">The focus group.</param>
/// <param name="Unknown">People whose characteristic is not known (for sex, also any value other than male or female).</param>
/// <param name="Other">
/// People of a known group that this comparison does not compare: only with
/// <see cref="EthnicityPayGapBasis.DetailedGroups"/> (for example Asian staff in the Black against White
/// British comparison); 0 otherwise.
/// </param>
public readonly record struct PayGroupCounts(int Reference, int Focus, int Unknown, int Other)
{
    /// <summary>Everyone: reference + focus + unknown + other.</summary>
    public int Total => Reference + Focus + Unknown + Other;
}
