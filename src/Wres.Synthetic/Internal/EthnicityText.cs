using Wres.Core.Ethnicity;

namespace Wres.Synthetic.Internal;

/// <summary>
/// Ethnic origin values as ESR and recruitment systems hold them: mostly a national or extended code
/// with its ESR label, some bare labels, and the unknowns (blank, <c>Z</c>, <c>99</c>, "prefer not to say").
/// Every value here is recognised by <see cref="EthnicityClassifier"/>, as a code or as a label.
/// </summary>
internal sealed class EthnicityText
{
    private static readonly Weighted<string> WhiteCoded = new(
        ("A White - British", 80), ("C White - Any other White background", 9), ("B White - Irish", 2.5),
        ("CP White Polish", 1.5), ("CY White Other European", 1.5), ("CA White English", 1), ("CK White Italian", 0.7),
        ("C3 White Unspecified", 0.7), ("C2 White Northern Irish", 0.5), ("CB White Scottish", 0.5),
        ("CC White Welsh", 0.5), ("CF White Greek", 0.5), ("CN White Gypsy or Romany", 0.1));

    private static readonly Weighted<string> WhiteLabels = new(
        ("White - British", 60), ("White British", 20), ("White - Irish", 5), ("Any other White background", 15));

    private static readonly Weighted<string> BmeCoded = new(
        ("H Asian or Asian British - Indian", 22), ("N Black or Black British - African", 16),
        ("L Asian or Asian British - Any other Asian background", 9), ("SC Filipino", 8),
        ("J Asian or Asian British - Pakistani", 7), ("S Any Other Ethnic Group", 6),
        ("M Black or Black British - Caribbean", 5), ("PC Black Nigerian", 3), ("K Asian or Asian British - Bangladeshi", 2),
        ("P Black or Black British - Any other Black background", 2), ("R Chinese", 2),
        ("D Mixed - White & Black Caribbean", 1.5), ("F Mixed - White & Asian", 1.5),
        ("G Mixed - Any other mixed background", 1.5), ("LE Asian Sri Lankan", 1.5), ("LH British Asian", 1.5),
        ("E Mixed - White & Black African", 1), ("PD Black British", 1), ("LK Asian Unspecified", 0.7),
        ("LA Asian Mixed", 0.5), ("PE Black Unspecified", 0.5), ("SD Malaysian", 0.5), ("GF Mixed - Other/Unspecified", 0.5),
        ("SA Vietnamese", 0.3), ("GC Mixed - Black and White", 0.3));

    private static readonly Weighted<string> BmeLabels = new(
        ("Asian or Asian British - Indian", 20), ("Indian", 10), ("Black or Black British - African", 15),
        ("Black African", 5), ("Pakistani", 8), ("Any other Asian background", 10), ("Caribbean", 5),
        ("Chinese", 3), ("White and Black Caribbean", 3), ("Any other ethnic group", 6));

    private static readonly Weighted<string> UnknownLabels = new(
        ("Prefer not to say", 60), ("Not Stated", 25), ("I do not wish to disclose my ethnic origin", 15));

    private readonly double _blank;
    private readonly double _notStated;
    private readonly double _notKnown;
    private readonly double _unknownLabel;
    private readonly double _labelShare;

    private EthnicityText(double blank, double notStated, double notKnown, double unknownLabel, double labelShare)
    {
        _blank = blank;
        _notStated = _blank + notStated;
        _notKnown = _notStated + notKnown;
        _unknownLabel = _notKnown + unknownLabel;
        _labelShare = labelShare;
    }

    /// <summary>ESR staff records: 1% blank, 3% <c>Z</c>, 0.7% <c>99</c>, 0.3% "prefer not to say"; 1.7% of the rest bare labels.</summary>
    public static EthnicityText Staff { get; } = new(0.01, 0.03, 0.007, 0.003, 0.017);

    /// <summary>Recruitment exports: more bare labels (about 30%) and more "prefer not to say".</summary>
    public static EthnicityText Applicants { get; } = new(0.005, 0.01, 0.0, 0.03, 0.30);

    /// <summary>The board's register of interests: all coded, a rare "not stated".</summary>
    public static EthnicityText Board { get; } = new(0.0, 0.04, 0.0, 0.0, 0.0);

    /// <summary>Draws a value.</summary>
    /// <param name="random">The generator.</param>
    /// <param name="bmeShare">The chance that a person of known ethnicity is BME.</param>
    /// <param name="group">The WRES group the value classifies to.</param>
    /// <returns>The cell text.</returns>
    public string Draw(ref Prng random, double bmeShare, out EthnicGroup group)
    {
        var u = random.NextDouble();
        if (u < _unknownLabel)
        {
            group = EthnicGroup.Unknown;
            return u < _blank ? string.Empty
                : u < _notStated ? "Z Not Stated"
                : u < _notKnown ? "99 Not Known"
                : UnknownLabels.Pick(ref random);
        }

        var bme = random.Chance(bmeShare);
        var label = random.Chance(_labelShare);
        group = bme ? EthnicGroup.Bme : EthnicGroup.White;
        return bme
            ? (label ? BmeLabels : BmeCoded).Pick(ref random)
            : (label ? WhiteLabels : WhiteCoded).Pick(ref random);
    }
}
