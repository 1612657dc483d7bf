namespace Wres.Core.Ethnicity;

/// <summary>
/// The built-in ethnicity label tables: whole labels (Data Dictionary labels, ESR, TRAC and NHS Jobs
/// spellings, 2021 census wording) and, for values written as a census heading followed by a category
/// (<c>White - Roma</c>, <c>Asian or Asian British: Chinese</c>), each heading with the categories it may
/// be followed by. Matching is exact on a canonical key (<see cref="Key"/>), never by pattern or substring.
/// </summary>
internal static class EthnicityLabels
{
    /// <summary>Whole labels: canonical key to category.</summary>
    public static IReadOnlyDictionary<string, EthnicCategory> Whole { get; } = BuildWhole();

    /// <summary>Census headings (canonical keys) with the categories each may be followed by; no value is a heading and one of its categories in two ways.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyDictionary<string, EthnicCategory> Leaves)> Headed { get; } = BuildHeaded();

    /// <summary>
    /// The canonical key of a label: lower case (invariant); <c>&amp;</c> read as <c>and</c>; the separators
    /// <c>- – : / , ; ( ) . _</c> read as spaces; runs of white space collapsed; and the words <c>and</c> and
    /// <c>or</c> left out, so that <c>Mixed White/Black Caribbean</c>, <c>Mixed - White and Black Caribbean</c>
    /// and <c>Mixed: White &amp; Black Caribbean</c> have one key. Word order is kept.
    /// </summary>
    public static string Key(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        // Each character adds at most one to the key, and so does the end. Whether the buffer is on the stack or the heap
        // changes nothing else.
        // Stryker disable once Equality,Conditional : equivalent, the length only decides whether the buffer is on the stack or the heap
        Span<char> buffer = value.Length <= 128 ? stackalloc char[value.Length + 1] : new char[value.Length + 1];
        var length = 0;
        var wordStart = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var separator = char.IsWhiteSpace(c) || c is '-' or '–' or '—' or ':' or '/' or ',' or ';' or '(' or ')' or '.' or '_' or '&' or '+';
            if (!separator)
            {
                buffer[length++] = char.ToLowerInvariant(c);
                continue;
            }

            // A word has ended (or there was none): drop it if it is a connective, then add '&' as "and" (dropped too).
            var word = buffer[wordStart..length];
            if (word is "and" or "or")
            {
                length = wordStart;
            }

            if (length > 0 && buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }

            wordStart = length;
        }

        return new string(buffer[..length].TrimEnd(' '));
    }

    private static Dictionary<string, EthnicCategory> BuildWhole()
    {
        var labels = new Dictionary<string, EthnicCategory>(StringComparer.Ordinal);

        void Add(EthnicCategory category, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                labels.TryAdd(Key(spelling), category);
            }
        }

        // Every category's own label, also without its "Group - " prefix.
        foreach (var category in EthnicCategory.All)
        {
            Add(category, category.Label);
            if (category.Label.Split(" - ", 2) is [_, var unprefixed])
            {
                Add(category, unprefixed);
            }
        }

        // Common ESR, TRAC and NHS Jobs spellings, and the 2021 census categories on their own, where the labels above
        // do not already give them: White British, Indian and Not Known have the key of a label, and Asian Indian or
        // Black Other are a census heading and one of its categories.
        Add(EthnicCategory.WhiteBritish, "White - English/Welsh/Scottish/Northern Irish/British", "English, Welsh, Scottish, Northern Irish or British");
        Add(EthnicCategory.WhiteOther, "White Other", "Other White", "Other White background", "White - Any other background",
            "Roma", "Gypsy or Irish Traveller", "Gypsy/Traveller");
        Add(EthnicCategory.MixedOther, "Any other Mixed/Multiple ethnic background", "Other Mixed", "Other Mixed or Multiple ethnic groups");
        Add(EthnicCategory.AsianIndian, "Indian or British Indian");
        Add(EthnicCategory.AsianPakistani, "Pakistani or British Pakistani");
        Add(EthnicCategory.AsianBangladeshi, "Bangladeshi or British Bangladeshi");
        Add(EthnicCategory.AsianOther, "Other Asian");
        Add(EthnicCategory.BlackOther, "Other Black", "Any other Black, Black British or Caribbean background",
            "Any other Black/African/Caribbean background");
        Add(EthnicCategory.OtherEthnicGroup, "Other ethnic group", "Arab");
        Add(EthnicCategory.NotStated, "Prefer not to say", "Prefer not to answer", "Unspecified", "Not declared", "Declined",
            "I do not wish to disclose my ethnic origin", "Do not wish to disclose");
        Add(EthnicCategory.NotKnown, "Unknown", "Not recorded");
        return labels;
    }

    private static List<(string, IReadOnlyDictionary<string, EthnicCategory>)> BuildHeaded()
    {
        // White followed by British, English, Irish, Traveller, Other and the like is a whole label (a category's own, as
        // White - English is CA): only the categories that are not need a leaf here.
        var white = Leaves(
            (EthnicCategory.WhiteOther, ["Gypsy or Irish Traveller", "Gypsy/Traveller", "Gypsy", "Roma", "Other White", "Other White background", "White Other"]));
        var mixed = Leaves(
            (EthnicCategory.MixedWhiteAndBlackCaribbean, ["White and Black Caribbean"]),
            (EthnicCategory.MixedWhiteAndBlackAfrican, ["White and Black African"]),
            (EthnicCategory.MixedWhiteAndAsian, ["White and Asian"]),
            (EthnicCategory.MixedOther, ["Other", "Other Mixed", "Any other Mixed background", "Any other background", "Other Mixed or Multiple ethnic groups",
                "Any other Mixed or Multiple ethnic background"]));
        var asian = Leaves(
            (EthnicCategory.AsianIndian, ["Indian"]),
            (EthnicCategory.AsianPakistani, ["Pakistani"]),
            (EthnicCategory.AsianBangladeshi, ["Bangladeshi"]),
            (EthnicCategory.Chinese, ["Chinese"]),
            (EthnicCategory.AsianOther, ["Other", "Other Asian", "Any other Asian background", "Any other background"]));
        var black = Leaves(
            (EthnicCategory.BlackCaribbean, ["Caribbean"]),
            (EthnicCategory.BlackAfrican, ["African"]),
            (EthnicCategory.BlackOther, ["Other", "Other Black", "Any other Black background", "Any other background", "Any other Black, Black British or Caribbean background",
                "Any other Black/African/Caribbean background"]));
        var other = Leaves(
            (EthnicCategory.Chinese, ["Chinese"]),
            (EthnicCategory.OtherEthnicGroup, ["Arab", "Other", "Any other ethnic group", "Other ethnic group", "Any other"]));

        var headed = new List<(string, IReadOnlyDictionary<string, EthnicCategory>)>();

        void Heading(IReadOnlyDictionary<string, EthnicCategory> leaves, params string[] headings)
        {
            foreach (var heading in headings)
            {
                headed.Add((Key(heading), leaves));
            }
        }

        Heading(white, "White");
        Heading(mixed, "Mixed", "Mixed or Multiple ethnic groups", "Mixed or Multiple ethnic group", "Multiple ethnic groups");
        Heading(asian, "Asian", "Asian or Asian British", "Asian British", "Asian, Asian British or Asian Welsh");
        Heading(black, "Black", "Black or Black British", "Black British", "Black, Black British, Black Welsh, Caribbean or African", "Black, Black British, Caribbean or African",
            "Black/African/Caribbean/Black British");
        Heading(other, "Other ethnic group", "Other ethnic groups", "Other", "Chinese or other ethnic group");
        return headed;
    }

    private static Dictionary<string, EthnicCategory> Leaves(params (EthnicCategory Category, string[] Spellings)[] groups)
    {
        var leaves = new Dictionary<string, EthnicCategory>(StringComparer.Ordinal);
        foreach (var (category, spellings) in groups)
        {
            foreach (var spelling in spellings)
            {
                leaves.Add(Key(spelling), category);
            }
        }

        return leaves;
    }
}
