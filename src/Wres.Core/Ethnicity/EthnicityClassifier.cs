using Wres.Core.Internal;

namespace Wres.Core.Ethnicity;

/// <summary>
/// Classifies raw ESR and recruitment-system ethnicity values into an <see cref="EthnicCategory"/>
/// and its WRES group.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>Trim. A blank value is <see cref="EthnicityMatch.Blank"/> (Unknown).</item>
/// <item>Take the leading token: the characters before the first space, <c>-</c> or <c>:</c>. If it is,
/// upper-cased, a national, extended or registered local code, classify by it
/// (<see cref="EthnicityMatch.Code"/>): <c>A White - British</c>, <c>c2</c>, <c>LH British Asian</c>.</item>
/// <item>Otherwise match the whole value, case-insensitively with white space collapsed, against the
/// label table (Data Dictionary labels, common ESR spellings and
/// <see cref="EthnicityOptions.ExtraLabels"/>): <see cref="EthnicityMatch.Label"/>.</item>
/// <item>Otherwise the value is <see cref="EthnicityMatch.Unrecognised"/> and counted as
/// <see cref="EthnicCategory.NotKnown"/> (Unknown).</item>
/// </list>
/// <para>Nothing is matched by pattern or substring: <c>NA</c>, <c>NK</c> and <c>NS</c> are not code
/// <c>N</c>, and <c>White and Black Caribbean</c> is Mixed (BME), not White.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class EthnicityClassifier
{
    /// <summary>The built-in label table: normalised label to category.</summary>
    internal static IReadOnlyDictionary<string, EthnicCategory> BuiltInLabels { get; } = BuildLabels();

    private readonly Dictionary<string, EthnicCategory> _labels;
    private readonly EthnicCategory[] _localCodes;

    /// <summary>Creates a classifier with the built-in codes and labels only.</summary>
    public EthnicityClassifier()
        : this(new EthnicityOptions())
    {
    }

    /// <summary>Creates a classifier that also knows the options' local codes and extra labels.</summary>
    /// <param name="options">The ethnicity options; copied, so later changes have no effect.</param>
    public EthnicityClassifier(EthnicityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _localCodes = [.. options.LocalCodes];
        _labels = new Dictionary<string, EthnicCategory>(BuiltInLabels, StringComparer.Ordinal);
        foreach (var (label, category) in options.ExtraLabels)
        {
            ArgumentNullException.ThrowIfNull(category);
            _labels.TryAdd(Text.NormalizeLabel(label), category);
        }
    }

    /// <summary>The classifier with the built-in codes and labels only.</summary>
    public static EthnicityClassifier Default { get; } = new();

    /// <summary>Classifies a raw value.</summary>
    /// <param name="value">The value as the source system holds it; <see langword="null"/> is blank.</param>
    /// <returns>The classification; never throws for any input.</returns>
    public EthnicityClassification Classify(string? value) => Classify(value.AsSpan());

    /// <summary>Classifies a raw value.</summary>
    /// <param name="value">The value as the source system holds it.</param>
    /// <returns>The classification; never throws for any input.</returns>
    public EthnicityClassification Classify(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return new EthnicityClassification(null, EthnicityMatch.Blank);
        }

        var tokenEnd = value.IndexOfAny(TokenSeparators);
        var token = tokenEnd < 0 ? value : value[..tokenEnd];
        if (token.Length is > 0 and <= 4)
        {
            Span<char> upper = stackalloc char[4];
            var length = token.ToUpperInvariant(upper);
            var code = upper[..length];
            var category = EthnicCategory.Lookup(code) ?? FindLocal(code);
            if (category is not null)
            {
                return new EthnicityClassification(category, EthnicityMatch.Code);
            }
        }

        if (_labels.TryGetValue(Text.NormalizeLabel(value), out var labelled))
        {
            return new EthnicityClassification(labelled, EthnicityMatch.Label);
        }

        return new EthnicityClassification(EthnicCategory.NotKnown, EthnicityMatch.Unrecognised);
    }

    private EthnicCategory? FindLocal(ReadOnlySpan<char> upperCode)
    {
        foreach (var local in _localCodes)
        {
            if (upperCode.SequenceEqual(local.Code))
            {
                return local;
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> TokenSeparators => [' ', '-', ':', '\t'];

    private static Dictionary<string, EthnicCategory> BuildLabels()
    {
        var labels = new Dictionary<string, EthnicCategory>(StringComparer.Ordinal);

        void Add(EthnicCategory category, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                labels.TryAdd(Text.NormalizeLabel(spelling), category);
            }
        }

        // Every category's own label, also without its "Group - " prefix where that is unambiguous.
        foreach (var category in EthnicCategory.All)
        {
            Add(category, category.Label);
            var dash = category.Label.IndexOf(" - ", StringComparison.Ordinal);
            if (dash > 0)
            {
                Add(category, category.Label[..dash] + " " + category.Label[(dash + 3)..]);
                Add(category, category.Label[(dash + 3)..]);
            }
        }

        // Common ESR, TRAC and NHS Jobs spellings.
        Add(EthnicCategory.WhiteBritish, "White British", "White - English/Welsh/Scottish/Northern Irish/British", "English/Welsh/Scottish/Northern Irish/British", "White: British");
        Add(EthnicCategory.WhiteIrish, "White Irish", "White: Irish");
        Add(EthnicCategory.WhiteOther, "White Other", "White - Other", "Any other White background", "Other White background", "White: Any other White background", "White - Any other background");
        Add(EthnicCategory.MixedWhiteAndBlackCaribbean, "White and Black Caribbean", "White & Black Caribbean", "Mixed - White & Black Caribbean", "Mixed White and Black Caribbean", "Mixed: White and Black Caribbean");
        Add(EthnicCategory.MixedWhiteAndBlackAfrican, "White and Black African", "White & Black African", "Mixed - White & Black African", "Mixed White and Black African", "Mixed: White and Black African");
        Add(EthnicCategory.MixedWhiteAndAsian, "White and Asian", "White & Asian", "Mixed - White & Asian", "Mixed White and Asian", "Mixed: White and Asian");
        Add(EthnicCategory.MixedOther, "Any other mixed background", "Any other Mixed/Multiple ethnic background", "Mixed Other", "Mixed - Other", "Mixed: Any other mixed background");
        Add(EthnicCategory.AsianIndian, "Indian", "Asian Indian", "Asian - Indian", "Indian or British Indian", "Asian or Asian British: Indian");
        Add(EthnicCategory.AsianPakistani, "Pakistani", "Asian Pakistani", "Asian - Pakistani", "Pakistani or British Pakistani", "Asian or Asian British: Pakistani");
        Add(EthnicCategory.AsianBangladeshi, "Bangladeshi", "Asian Bangladeshi", "Asian - Bangladeshi", "Bangladeshi or British Bangladeshi", "Asian or Asian British: Bangladeshi");
        Add(EthnicCategory.AsianOther, "Any other Asian background", "Asian Other", "Asian - Other", "Asian or Asian British: Any other Asian background");
        Add(EthnicCategory.BlackCaribbean, "Caribbean", "Black Caribbean", "Black - Caribbean", "Black or Black British: Caribbean");
        Add(EthnicCategory.BlackAfrican, "African", "Black African", "Black - African", "Black or Black British: African");
        Add(EthnicCategory.BlackOther, "Any other Black background", "Black Other", "Black - Other", "Black or Black British: Any other Black background");
        Add(EthnicCategory.Chinese, "Chinese", "Other Ethnic Group - Chinese", "Chinese or other ethnic group: Chinese");
        Add(EthnicCategory.OtherEthnicGroup, "Any other ethnic group", "Other ethnic group", "Other Ethnic Group - Any other ethnic group");
        Add(EthnicCategory.NotStated, "Not Stated", "Prefer not to say", "Prefer not to answer", "Unspecified", "Not declared", "Declined", "I do not wish to disclose my ethnic origin", "Do not wish to disclose");
        Add(EthnicCategory.NotKnown, "Not Known", "Unknown", "Not recorded");
        return labels;
    }
}
