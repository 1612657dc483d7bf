namespace Wres.Core.Ethnicity;

/// <summary>
/// Classifies raw ESR and recruitment-system ethnicity values into an <see cref="EthnicCategory"/>
/// and its WRES group.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>Trim. A blank value is <see cref="EthnicityMatch.Blank"/> (Unknown).</item>
/// <item>A value the organisation mapped (<see cref="EthnicityOptions.ExtraLabels"/>, the mapping file's
/// <c>values.ethnicity</c>) is classified as mapped (<see cref="EthnicityMatch.Mapped"/>): mapped values beat the
/// built-in ones.</item>
/// <item>Take the leading token: the characters before the first space, <c>-</c> or <c>:</c>. If it is,
/// upper-cased, a national, extended or registered local code, classify by it
/// (<see cref="EthnicityMatch.Code"/>): <c>A White - British</c>, <c>c2</c>, <c>LH British Asian</c>.</item>
/// <item>Otherwise match the whole value against the label table (Data Dictionary labels, common ESR, TRAC
/// and NHS Jobs spellings, and the 2021 census wording recruitment systems use: <c>Arab</c>, <c>Other White</c>,
/// <c>Roma</c>), or as a census heading followed by one of that heading's categories (<c>White - Roma</c>,
/// <c>White: Roma</c>, <c>Asian or Asian British - Chinese</c>, <c>Mixed White/Black Caribbean</c>):
/// <see cref="EthnicityMatch.Label"/>. Labels are compared ignoring case, the separators <c>- : / , ( )</c>,
/// <c>&amp;</c> and the words <c>and</c> and <c>or</c>, but word for word and in order.</item>
/// <item>Otherwise the value is <see cref="EthnicityMatch.Unrecognised"/> and counted as
/// <see cref="EthnicCategory.NotKnown"/> (Unknown).</item>
/// </list>
/// <para>Nothing is matched by pattern or substring: <c>NA</c>, <c>NK</c> and <c>NS</c> are not code
/// <c>N</c>, and <c>White and Black Caribbean</c> is Mixed (BME), not White.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class EthnicityClassifier
{
    private readonly Dictionary<string, EthnicCategory> _mapped;
    private readonly EthnicCategory[] _localCodes;

    /// <summary>Creates a classifier with the built-in codes and labels only.</summary>
    public EthnicityClassifier()
        : this(new EthnicityOptions())
    {
    }

    /// <summary>Creates a classifier that also knows the options' local codes and extra labels.</summary>
    /// <param name="options">The ethnicity options; copied, so later changes have no effect.</param>
    public EthnicityClassifier(EthnicityOptions options)
        : this(options, mapped: null)
    {
    }

    /// <summary>Creates a classifier with the options and the mapping file's ethnicity values (keyed by label key), which beat the options' extra labels.</summary>
    internal EthnicityClassifier(EthnicityOptions options, IReadOnlyDictionary<string, EthnicCategory>? mapped)
    {
        ArgumentNullException.ThrowIfNull(options);
        _localCodes = [.. options.LocalCodes];
        _mapped = new Dictionary<string, EthnicCategory>(StringComparer.Ordinal);
        foreach (var (label, category) in options.ExtraLabels)
        {
            ArgumentNullException.ThrowIfNull(category);
            _mapped[EthnicityLabels.Key(label)] = category;
        }

        foreach (var (key, category) in mapped ?? new Dictionary<string, EthnicCategory>())
        {
            _mapped[key] = category;
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

        // Stryker disable once Equality : equivalent, the count only saves building the key when nothing is mapped
        if (_mapped.Count > 0 && _mapped.TryGetValue(EthnicityLabels.Key(value), out var mapped))
        {
            return new EthnicityClassification(mapped, EthnicityMatch.Mapped);
        }

        if (StartsWithCode(value, out var coded))
        {
            return new EthnicityClassification(coded, EthnicityMatch.Code);
        }

        var key = EthnicityLabels.Key(value);
        if (EthnicityLabels.Whole.TryGetValue(key, out var labelled))
        {
            return new EthnicityClassification(labelled, EthnicityMatch.Label);
        }

        foreach (var (heading, leaves) in EthnicityLabels.Headed)
        {
            // A key never ends in a space, so a space after the heading has a category after it.
            if (key.Length > heading.Length && key[heading.Length] == ' ' && key.StartsWith(heading, StringComparison.Ordinal)
                && leaves.TryGetValue(key[(heading.Length + 1)..], out var leaf))
            {
                return new EthnicityClassification(leaf, EthnicityMatch.Label);
            }
        }

        return new EthnicityClassification(EthnicCategory.NotKnown, EthnicityMatch.Unrecognised);
    }

    /// <summary>Whether the leading token (before the first space, <c>-</c>, <c>:</c> or tab) is a known code.</summary>
    private bool StartsWithCode(ReadOnlySpan<char> value, out EthnicCategory category)
    {
        var tokenEnd = value.IndexOfAny(TokenSeparators);
        // Stryker disable once Equality : equivalent, for a value starting with - or : the empty token and the whole value are both no code
        var token = tokenEnd < 0 ? value : value[..tokenEnd];
        if (token.Length <= 4)
        {
            Span<char> upper = stackalloc char[4];
            var length = token.ToUpperInvariant(upper);
            var code = upper[..length];
            // Stryker disable once NullCoalescing : equivalent, a local code is never a built-in one (Local refuses them), so the order does not matter
            var found = EthnicCategory.Lookup(code) ?? FindLocal(code);
            if (found is not null)
            {
                category = found;
                return true;
            }
        }

        category = EthnicCategory.NotKnown;
        return false;
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
}
