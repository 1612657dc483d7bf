namespace Wres.Core.Ethnicity;

/// <summary>
/// The detailed ethnic groups a report can show beside the White/BME pair (rules §8, <c>wres report --detail</c>): the
/// national codes grouped as NHS England's WRES data shows them. An extended code falls under its national code's
/// group; <see cref="DetailedEthnicGroups.DetailedGroup"/> gives a category's group.
/// </summary>
public enum DetailedEthnicGroup
{
    /// <summary>White - British (national code <c>A</c>).</summary>
    WhiteBritish,

    /// <summary>White - Irish (national code <c>B</c>).</summary>
    WhiteIrish,

    /// <summary>White - any other White background (national code <c>C</c>, including Gypsy, Irish Traveller and Roma), and a local code counted as White.</summary>
    WhiteOther,

    /// <summary>Mixed (national codes <c>D</c>, <c>E</c>, <c>F</c>, <c>G</c>).</summary>
    Mixed,

    /// <summary>Asian or Asian British (national codes <c>H</c>, <c>J</c>, <c>K</c>, <c>L</c>).</summary>
    Asian,

    /// <summary>Black or Black British (national codes <c>M</c>, <c>N</c>, <c>P</c>).</summary>
    Black,

    /// <summary>Chinese (national code <c>R</c>).</summary>
    Chinese,

    /// <summary>Any other ethnic group (national code <c>S</c>), and a local code counted as BME.</summary>
    Other,

    /// <summary>Not stated (<c>Z</c>), not known (<c>99</c>), blank or not recognised.</summary>
    Unknown,
}
