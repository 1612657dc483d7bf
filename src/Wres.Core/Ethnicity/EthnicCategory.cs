using System.Diagnostics.CodeAnalysis;

namespace Wres.Core.Ethnicity;

/// <summary>
/// An NHS Data Dictionary <em>Ethnic Category</em> as ESR and recruitment systems hold it: a national
/// code (first character), optionally followed by a local or extended second character, with its
/// label and the WRES group it is counted in.
/// </summary>
/// <remarks>
/// <para>The built-in set is the 16 national codes (<c>A</c> to <c>S</c>), <c>Z</c> (not stated),
/// <c>99</c> (not known) and every extended two-character code in national use; an extended code
/// inherits the group of its first letter. White (A, B, C and the C extensions, including Gypsy,
/// Irish Traveller and Roma) is <see cref="EthnicGroup.White"/>; D to S are
/// <see cref="EthnicGroup.Bme"/>; Z and 99 are <see cref="EthnicGroup.Unknown"/>.</para>
/// <para>Categories compare by code, case-insensitively. <see cref="Parse(string)"/> and
/// <see cref="TryParse(ReadOnlySpan{char}, out EthnicCategory)"/> accept a bare code only; to
/// classify a raw ESR value such as <c>A White - British</c> use <see cref="EthnicityClassifier"/>.</para>
/// </remarks>
public sealed partial class EthnicCategory : IEquatable<EthnicCategory>, IComparable<EthnicCategory>, IComparable
{
    private readonly int _sortKey;

    private EthnicCategory(string code, string label, EthnicGroup group, EthnicCodeKind kind, int sortKey)
    {
        Code = code;
        Label = label;
        Group = group;
        Kind = kind;
        _sortKey = sortKey;
        Detailed = this.DetailedGroup();
    }

    /// <summary>The code as ESR holds it, upper case: <c>A</c>, <c>C2</c>, <c>Z</c>, <c>99</c>.</summary>
    public string Code { get; }

    /// <summary>The national code this category belongs to: the first character, or <c>99</c>.</summary>
    public string NationalCode => Code == "99" ? Code : Code[..1];

    /// <summary>The NHS Data Dictionary label, for example <c>White - British</c>.</summary>
    public string Label { get; }

    /// <summary>The WRES group people in this category are counted in.</summary>
    public EthnicGroup Group { get; }

    /// <summary>Whether the code is national, extended or registered locally.</summary>
    public EthnicCodeKind Kind { get; }

    /// <summary>The detailed ethnic group (<see cref="DetailedEthnicGroups.DetailedGroup"/>), worked out once per category for the per-row paths.</summary>
    internal DetailedEthnicGroup Detailed { get; }

    /// <summary><c>A</c> White - British.</summary>
    public static EthnicCategory WhiteBritish { get; } = National("A", "White - British", EthnicGroup.White);

    /// <summary><c>B</c> White - Irish.</summary>
    public static EthnicCategory WhiteIrish { get; } = National("B", "White - Irish", EthnicGroup.White);

    /// <summary><c>C</c> White - Any other White background.</summary>
    public static EthnicCategory WhiteOther { get; } = National("C", "White - Any other White background", EthnicGroup.White);

    /// <summary><c>D</c> Mixed - White and Black Caribbean.</summary>
    public static EthnicCategory MixedWhiteAndBlackCaribbean { get; } = National("D", "Mixed - White and Black Caribbean", EthnicGroup.Bme);

    /// <summary><c>E</c> Mixed - White and Black African.</summary>
    public static EthnicCategory MixedWhiteAndBlackAfrican { get; } = National("E", "Mixed - White and Black African", EthnicGroup.Bme);

    /// <summary><c>F</c> Mixed - White and Asian.</summary>
    public static EthnicCategory MixedWhiteAndAsian { get; } = National("F", "Mixed - White and Asian", EthnicGroup.Bme);

    /// <summary><c>G</c> Mixed - Any other mixed background.</summary>
    public static EthnicCategory MixedOther { get; } = National("G", "Mixed - Any other mixed background", EthnicGroup.Bme);

    /// <summary><c>H</c> Asian or Asian British - Indian.</summary>
    public static EthnicCategory AsianIndian { get; } = National("H", "Asian or Asian British - Indian", EthnicGroup.Bme);

    /// <summary><c>J</c> Asian or Asian British - Pakistani.</summary>
    public static EthnicCategory AsianPakistani { get; } = National("J", "Asian or Asian British - Pakistani", EthnicGroup.Bme);

    /// <summary><c>K</c> Asian or Asian British - Bangladeshi.</summary>
    public static EthnicCategory AsianBangladeshi { get; } = National("K", "Asian or Asian British - Bangladeshi", EthnicGroup.Bme);

    /// <summary><c>L</c> Asian or Asian British - Any other Asian background.</summary>
    public static EthnicCategory AsianOther { get; } = National("L", "Asian or Asian British - Any other Asian background", EthnicGroup.Bme);

    /// <summary><c>M</c> Black or Black British - Caribbean.</summary>
    public static EthnicCategory BlackCaribbean { get; } = National("M", "Black or Black British - Caribbean", EthnicGroup.Bme);

    /// <summary><c>N</c> Black or Black British - African.</summary>
    public static EthnicCategory BlackAfrican { get; } = National("N", "Black or Black British - African", EthnicGroup.Bme);

    /// <summary><c>P</c> Black or Black British - Any other Black background.</summary>
    public static EthnicCategory BlackOther { get; } = National("P", "Black or Black British - Any other Black background", EthnicGroup.Bme);

    /// <summary><c>R</c> Other Ethnic Groups - Chinese.</summary>
    public static EthnicCategory Chinese { get; } = National("R", "Other Ethnic Groups - Chinese", EthnicGroup.Bme);

    /// <summary><c>S</c> Other Ethnic Groups - Any other ethnic group.</summary>
    public static EthnicCategory OtherEthnicGroup { get; } = National("S", "Other Ethnic Groups - Any other ethnic group", EthnicGroup.Bme);

    /// <summary><c>Z</c> Not stated: the person was asked and chose not to say.</summary>
    public static EthnicCategory NotStated { get; } = National("Z", "Not stated", EthnicGroup.Unknown);

    /// <summary><c>99</c> Not known: the person was not asked, or the value could not be read.</summary>
    public static EthnicCategory NotKnown { get; } = National("99", "Not known", EthnicGroup.Unknown);

    /// <summary>The 16 national codes followed by <c>Z</c> and <c>99</c>, in Data Dictionary order.</summary>
    public static IReadOnlyList<EthnicCategory> NationalCategories { get; } =
    [
        WhiteBritish, WhiteIrish, WhiteOther,
        MixedWhiteAndBlackCaribbean, MixedWhiteAndBlackAfrican, MixedWhiteAndAsian, MixedOther,
        AsianIndian, AsianPakistani, AsianBangladeshi, AsianOther,
        BlackCaribbean, BlackAfrican, BlackOther,
        Chinese, OtherEthnicGroup,
        NotStated, NotKnown,
    ];

    /// <summary>The extended two-character codes in national use, each in the group of its first letter.</summary>
    public static IReadOnlyList<EthnicCategory> ExtendedCategories { get; } =
    [
        Extended("C2", "White - Northern Irish"),
        Extended("C3", "White - Other White, White unspecified"),
        Extended("CA", "White - English"),
        Extended("CB", "White - Scottish"),
        Extended("CC", "White - Welsh"),
        Extended("CD", "White - Cornish"),
        Extended("CE", "White - Cypriot (part not stated)"),
        Extended("CF", "White - Greek"),
        Extended("CG", "White - Greek Cypriot"),
        Extended("CH", "White - Turkish"),
        Extended("CJ", "White - Turkish Cypriot"),
        Extended("CK", "White - Italian"),
        Extended("CL", "White - Irish Traveller"),
        Extended("CM", "White - Traveller"),
        Extended("CN", "White - Gypsy or Romany"),
        Extended("CP", "White - Polish"),
        Extended("CQ", "White - All republics of the former USSR"),
        Extended("CR", "White - Kosovan"),
        Extended("CS", "White - Albanian"),
        Extended("CT", "White - Bosnian"),
        Extended("CU", "White - Croatian"),
        Extended("CV", "White - Serbian"),
        Extended("CW", "White - Other republics of the former Yugoslavia"),
        Extended("CX", "White - Mixed White"),
        Extended("CY", "White - Other White European, European unspecified, European mixed"),
        Extended("GA", "Mixed - Black and Asian"),
        Extended("GB", "Mixed - Black and Chinese"),
        Extended("GC", "Mixed - Black and White"),
        Extended("GD", "Mixed - Chinese and White"),
        Extended("GE", "Mixed - Asian and Chinese"),
        Extended("GF", "Mixed - Other mixed, mixed unspecified"),
        Extended("LA", "Asian - Mixed Asian"),
        Extended("LB", "Asian - Punjabi"),
        Extended("LC", "Asian - Kashmiri"),
        Extended("LD", "Asian - East African Asian"),
        Extended("LE", "Asian - Sri Lanka"),
        Extended("LF", "Asian - Tamil"),
        Extended("LG", "Asian - Sinhalese"),
        Extended("LH", "Asian - British Asian"),
        Extended("LJ", "Asian - Caribbean Asian"),
        Extended("LK", "Asian - Other Asian, Asian unspecified"),
        Extended("PA", "Black - Somali"),
        Extended("PB", "Black - Mixed Black"),
        Extended("PC", "Black - Nigerian"),
        Extended("PD", "Black - Black British"),
        Extended("PE", "Black - Other Black, Black unspecified"),
        Extended("SA", "Other - Vietnamese"),
        Extended("SB", "Other - Japanese"),
        Extended("SC", "Other - Filipino"),
        Extended("SD", "Other - Malaysian"),
        Extended("SE", "Other - Any other group"),
    ];

    /// <summary>Every built-in category: <see cref="NationalCategories"/> then <see cref="ExtendedCategories"/>.</summary>
    public static IReadOnlyList<EthnicCategory> All { get; } = [.. NationalCategories, .. ExtendedCategories];

    private static readonly Dictionary<string, EthnicCategory> ByCode = BuildCodeIndex();

    /// <summary>Creates a category for a code the organisation uses locally.</summary>
    /// <param name="code">One to four letters or digits; must not be a built-in code.</param>
    /// <param name="label">The label to show for the code.</param>
    /// <param name="group">The WRES group people with this code are counted in.</param>
    /// <returns>The local category.</returns>
    /// <exception cref="ArgumentException">The code is malformed or is a built-in code, or the label is blank.</exception>
    public static EthnicCategory Local(string code, string label, EthnicGroup group)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (!IsWellFormedCode(code))
        {
            throw new ArgumentException($"A local ethnic code must be 1 to 4 letters or digits; '{code}' is not.", nameof(code));
        }

        if (ByCode.ContainsKey(code.ToUpperInvariant()))
        {
            throw new ArgumentException($"'{code}' is a national or extended ethnic code and cannot be registered as a local code.", nameof(code));
        }

        if (!Enum.IsDefined(group))
        {
            throw new ArgumentOutOfRangeException(nameof(group), group, "Not a defined ethnic group.");
        }

        return new EthnicCategory(code.ToUpperInvariant(), label.Trim(), group, EthnicCodeKind.Local, 2);
    }

    /// <summary>Finds a built-in category by its bare code (case-insensitive).</summary>
    /// <param name="code">A code such as <c>A</c>, <c>c2</c>, <c>Z</c> or <c>99</c>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="FormatException">The code is not a built-in code.</exception>
    public static EthnicCategory Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code.AsSpan(), out var category)
            ? category
            : throw new FormatException($"'{code}' is not an NHS ethnic category code.");
    }

    /// <summary>Finds a built-in category by its bare code (case-insensitive, surrounding spaces ignored).</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category, when found.</param>
    /// <returns>Whether the code is a built-in code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out EthnicCategory? category)
    {
        if (code is null)
        {
            category = null;
            return false;
        }

        return TryParse(code.AsSpan(), out category);
    }

    /// <summary>Finds a built-in category by its bare code (case-insensitive, surrounding spaces ignored).</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category, when found.</param>
    /// <returns>Whether the code is a built-in code.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, [NotNullWhen(true)] out EthnicCategory? category)
    {
        code = code.Trim();
        if (code.Length is 0 or > 2)
        {
            category = null;
            return false;
        }

        Span<char> upper = stackalloc char[2];
        var length = code.ToUpperInvariant(upper);
        category = Lookup(upper[..length]);
        return category is not null;
    }

    internal static EthnicCategory? Lookup(ReadOnlySpan<char> upperCode)
    {
        // Codes are one or two characters: index them without allocating.
        return upperCode.Length switch
        {
            1 => SingleCharacter(upperCode[0]),
            2 => TwoCharacter(upperCode[0], upperCode[1]),
            _ => null,
        };
    }

    private static EthnicCategory? SingleCharacter(char c)
    {
        var index = c - 'A';
        return (uint)index < (uint)SingleIndex.Length ? SingleIndex[index] : null;
    }

    private static EthnicCategory? TwoCharacter(char first, char second)
    {
        if (first == '9' && second == '9')
        {
            return NotKnown;
        }

        var a = first - 'A';
        var b = second - '0';
        return (uint)a < 26 && (uint)b < 43 ? TwoIndex[(a * 43) + b] : null;
    }

    private static readonly EthnicCategory?[] SingleIndex = BuildSingleIndex();
    private static readonly EthnicCategory?[] TwoIndex = BuildTwoIndex();

    private static EthnicCategory?[] BuildSingleIndex()
    {
        var index = new EthnicCategory?[26];
        foreach (var category in NationalCategories)
        {
            if (category.Code.Length == 1)
            {
                index[category.Code[0] - 'A'] = category;
            }
        }

        return index;
    }

    private static EthnicCategory?[] BuildTwoIndex()
    {
        // Second character '0'..'Z' (43 slots) by first letter 'A'..'Z'.
        var index = new EthnicCategory?[26 * 43];
        foreach (var category in ExtendedCategories)
        {
            index[((category.Code[0] - 'A') * 43) + (category.Code[1] - '0')] = category;
        }

        return index;
    }

    private static Dictionary<string, EthnicCategory> BuildCodeIndex()
    {
        var index = new Dictionary<string, EthnicCategory>(StringComparer.Ordinal);
        foreach (var category in All)
        {
            index.Add(category.Code, category);
        }

        return index;
    }

    internal static bool IsWellFormedCode(string code)
    {
        if (code.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static EthnicCategory National(string code, string label, EthnicGroup group) =>
        new(code, label, group, EthnicCodeKind.National, SortKeyFor(code));

    private static EthnicCategory Extended(string code, string label)
    {
        // Runs while the static properties initialise, so it searches the national list directly.
        var group = EthnicGroup.Unknown;
        foreach (var national in NationalCategories)
        {
            if (national.Code.Length == 1 && national.Code[0] == code[0])
            {
                group = national.Group;
            }
        }

        return new EthnicCategory(code, label, group, EthnicCodeKind.Extended, SortKeyFor(code));
    }

    // Built-in codes sort in code order (national letters alphabetically, each followed by its extensions, then Z),
    // then 99, then the local codes (sort key 2) in code order.
    private static int SortKeyFor(string code) => code == "99" ? 1 : 0;
}
