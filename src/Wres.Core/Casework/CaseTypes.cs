using Wres.Core.Internal;

namespace Wres.Core.Casework;

/// <summary>Reads case type values and says which standard counts each type.</summary>
public static class CaseTypes
{
    private static readonly Dictionary<string, CaseType> Spellings = BuildSpellings();

    /// <summary>
    /// Reads a case type, case-insensitively. Blank is <see cref="CaseType.Disciplinary"/> (the column's default).
    /// <c>Disciplinary</c>, <c>Conduct</c>, <c>Misconduct</c>, <c>Gross Misconduct</c> and any type that starts with
    /// <c>Disciplinary</c> are disciplinary; <c>Capability</c>, <c>Capability - Performance</c> and
    /// <c>Performance</c> are capability on performance grounds; <c>Ill-health capability</c>, <c>Ill health</c>,
    /// <c>Sickness</c> and <c>Attendance</c> are ill-health capability; anything else (<c>Grievance</c>,
    /// <c>Bullying and Harassment</c>, <c>Appeal</c>, …) is <see cref="CaseType.Other"/>.
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <param name="type">The case type: <see cref="CaseType.Other"/> when the value is not one of the known spellings.</param>
    /// <returns>Whether the value was blank or a known spelling; readers list the other values, with their counts, under the exclusion rule for other case types.</returns>
    public static bool TryParse(ReadOnlySpan<char> value, out CaseType type)
    {
        if (Text.IsBlank(value))
        {
            type = CaseType.Disciplinary;
            return true;
        }

        var normalized = Text.NormalizeLabel(value);
        if (Spellings.TryGetValue(normalized, out type))
        {
            return true;
        }

        if (normalized.StartsWith("disciplinary", StringComparison.Ordinal))
        {
            type = CaseType.Disciplinary;
            return true;
        }

        type = CaseType.Other;
        return false;
    }

    private static Dictionary<string, CaseType> BuildSpellings()
    {
        var spellings = new Dictionary<string, CaseType>(StringComparer.Ordinal);

        void Add(CaseType type, params string[] values)
        {
            foreach (var value in values)
            {
                spellings.Add(Text.NormalizeLabel(value), type);
            }
        }

        Add(CaseType.Disciplinary, "Formal disciplinary", "Conduct", "Misconduct", "Gross misconduct", "Conduct and disciplinary");
        Add(CaseType.Capability, "Capability", "Performance", "Performance capability", "Capability - Performance", "Capability (Performance)",
            "Capability - Poor Performance", "Poor performance", "Formal capability", "Capability performance");
        Add(CaseType.IllHealthCapability, "Ill-health capability", "Ill health capability", "Capability - Ill Health", "Capability (Ill Health)",
            "Capability - Ill-health", "Capability (Ill-health)", "Ill health", "Ill-health", "Sickness", "Sickness absence", "Attendance",
            "Attendance management", "Capability - Sickness");
        return spellings;
    }

    /// <summary>The case type a standard counts: Disciplinary for the WRES, Capability for the WDES.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The counted case type.</returns>
    public static CaseType CountedBy(EqualityStandard standard) => standard switch
    {
        EqualityStandard.Wres => CaseType.Disciplinary,
        EqualityStandard.Wdes => CaseType.Capability,
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "Not a defined standard."),
    };
}
