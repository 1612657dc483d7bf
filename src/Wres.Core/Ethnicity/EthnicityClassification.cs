namespace Wres.Core.Ethnicity;

/// <summary>The result of classifying one raw ethnicity value.</summary>
/// <param name="Category">
/// The category; <see langword="null"/> only when the value was blank. An unrecognised value is
/// <see cref="EthnicCategory.NotKnown"/>.
/// </param>
/// <param name="Match">How the value was recognised.</param>
public readonly record struct EthnicityClassification(EthnicCategory? Category, EthnicityMatch Match)
{
    /// <summary>The WRES group: the category's group, or <see cref="EthnicGroup.Unknown"/> when blank.</summary>
    public EthnicGroup Group => Category?.Group ?? EthnicGroup.Unknown;

    /// <summary>Whether the value was blank (the cell held nothing).</summary>
    public bool IsBlank => Match == EthnicityMatch.Blank;
}
