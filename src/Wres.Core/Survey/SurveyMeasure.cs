using System.Diagnostics.CodeAnalysis;

namespace Wres.Core.Survey;

/// <summary>A staff survey measure reported by a standard: WRES indicators 5 to 8, WDES metrics 4 to 9.</summary>
public sealed class SurveyMeasure
{
    private SurveyMeasure(EqualityStandard standard, string id, string title, SurveyDirection direction, bool focusGroupOnly = false, SurveyScale scale = SurveyScale.Percentage)
    {
        Standard = standard;
        Id = id;
        Title = title;
        Direction = direction;
        FocusGroupOnly = focusGroupOnly;
        Scale = scale;
    }

    /// <summary>The standard that reports the measure.</summary>
    public EqualityStandard Standard { get; }

    /// <summary>The indicator or metric id as the standard prints it, for example <c>5</c> or <c>4a(i)</c>.</summary>
    public string Id { get; }

    /// <summary>What the measure asks.</summary>
    public string Title { get; }

    /// <summary>Whether a higher percentage is better or worse.</summary>
    public SurveyDirection Direction { get; }

    /// <summary>Whether only the focus group answers (WDES metric 8, adjustments for disabled staff): no gap is computed.</summary>
    public bool FocusGroupOnly { get; }

    /// <summary>
    /// What the results are: a percentage of respondents, or (WDES metric 9a, the staff engagement score) a score from 0
    /// to 10. For a score, <see cref="Indicators.SurveyIndicatorResult"/>'s percentages hold the scores and its gap is in
    /// points of the score.
    /// </summary>
    public SurveyScale Scale { get; }

    /// <summary>WRES indicators 5 to 8.</summary>
    public static IReadOnlyList<SurveyMeasure> Wres { get; } =
    [
        new(EqualityStandard.Wres, "5", "Staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months", SurveyDirection.HigherIsWorse),
        new(EqualityStandard.Wres, "6", "Staff experiencing harassment, bullying or abuse from staff in the last 12 months", SurveyDirection.HigherIsWorse),
        new(EqualityStandard.Wres, "7", "Staff believing that the organisation provides equal opportunities for career progression or promotion", SurveyDirection.HigherIsBetter),
        new(EqualityStandard.Wres, "8", "Staff personally experiencing discrimination at work from a manager, team leader or other colleagues in the last 12 months", SurveyDirection.HigherIsWorse),
    ];

    /// <summary>WDES metrics 4 to 9 that come from the staff survey.</summary>
    public static IReadOnlyList<SurveyMeasure> Wdes { get; } =
    [
        new(EqualityStandard.Wdes, "4a(i)", "Staff experiencing harassment, bullying or abuse from patients, service users, relatives or the public", SurveyDirection.HigherIsWorse),
        new(EqualityStandard.Wdes, "4a(ii)", "Staff experiencing harassment, bullying or abuse from managers", SurveyDirection.HigherIsWorse),
        new(EqualityStandard.Wdes, "4a(iii)", "Staff experiencing harassment, bullying or abuse from other colleagues", SurveyDirection.HigherIsWorse),
        new(EqualityStandard.Wdes, "4b", "Staff saying that they or a colleague reported the last experience of harassment, bullying or abuse", SurveyDirection.HigherIsBetter),
        new(EqualityStandard.Wdes, "5", "Staff believing that the organisation provides equal opportunities for career progression or promotion", SurveyDirection.HigherIsBetter),
        new(EqualityStandard.Wdes, "6", "Staff saying they have felt pressure from their manager to come to work despite not feeling well enough", SurveyDirection.HigherIsWorse),
        new(EqualityStandard.Wdes, "7", "Staff satisfied with the extent to which the organisation values their work", SurveyDirection.HigherIsBetter),
        new(EqualityStandard.Wdes, "8", "Disabled staff saying their employer has made adequate adjustments to enable them to carry out their work", SurveyDirection.HigherIsBetter, focusGroupOnly: true),
        new(EqualityStandard.Wdes, "9a", "Staff engagement score (0 to 10)", SurveyDirection.HigherIsBetter, scale: SurveyScale.ScoreOutOfTen),
    ];

    /// <summary>The measures a standard reports, in order.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The measures.</returns>
    public static IReadOnlyList<SurveyMeasure> For(EqualityStandard standard) => standard switch
    {
        EqualityStandard.Wres => Wres,
        EqualityStandard.Wdes => Wdes,
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "Not a defined standard."),
    };

    /// <summary>
    /// Finds a measure by id, ignoring case, spaces, brackets, dots and hyphens (<c>4a(i)</c>,
    /// <c>4a-i</c> and <c>4AI</c> are the same).
    /// </summary>
    /// <param name="standard">The standard.</param>
    /// <param name="id">The id.</param>
    /// <param name="measure">The measure, when found.</param>
    /// <returns>Whether the standard reports a measure with that id.</returns>
    public static bool TryFind(EqualityStandard standard, ReadOnlySpan<char> id, [NotNullWhen(true)] out SurveyMeasure? measure)
    {
        Span<char> buffer = stackalloc char[16];
        var key = Canonical(id, buffer);
        Span<char> other = stackalloc char[16];
        foreach (var candidate in For(standard))
        {
            if (key.SequenceEqual(Canonical(candidate.Id, other)))
            {
                measure = candidate;
                return true;
            }
        }

        measure = null;
        return false;
    }

    private static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> id, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in id)
        {
            if (c is ' ' or '(' or ')' or '-' or '.' or '\t')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return [];
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return buffer[..length];
    }

    /// <summary>The id and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Title}";
}
