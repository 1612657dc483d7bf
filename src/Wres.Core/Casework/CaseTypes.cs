using Wres.Core.Internal;

namespace Wres.Core.Casework;

/// <summary>Reads case type values and says which standard counts each type.</summary>
public static class CaseTypes
{
    private static readonly Dictionary<string, CaseType> Spellings = new(StringComparer.Ordinal)
    {
        ["disciplinary"] = CaseType.Disciplinary,
        ["formal disciplinary"] = CaseType.Disciplinary,
        ["disciplinary investigation"] = CaseType.Disciplinary,
        ["conduct"] = CaseType.Disciplinary,
        ["capability"] = CaseType.Capability,
        ["performance capability"] = CaseType.Capability,
        ["capability - performance"] = CaseType.Capability,
        ["capability (performance)"] = CaseType.Capability,
        ["formal capability"] = CaseType.Capability,
        ["ill-health capability"] = CaseType.IllHealthCapability,
        ["ill health capability"] = CaseType.IllHealthCapability,
        ["capability - ill health"] = CaseType.IllHealthCapability,
        ["capability (ill health)"] = CaseType.IllHealthCapability,
        ["capability - ill-health"] = CaseType.IllHealthCapability,
        ["capability (ill-health)"] = CaseType.IllHealthCapability,
        ["ill health"] = CaseType.IllHealthCapability,
        ["ill-health"] = CaseType.IllHealthCapability,
    };

    /// <summary>
    /// Reads a case type, case-insensitively. Blank is <see cref="CaseType.Disciplinary"/> (the
    /// column's default).
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <param name="type">The case type, when recognised.</param>
    /// <returns>Whether the value was blank or recognised; an unrecognised type is rejected by readers.</returns>
    public static bool TryParse(ReadOnlySpan<char> value, out CaseType type)
    {
        if (Text.IsBlank(value))
        {
            type = CaseType.Disciplinary;
            return true;
        }

        if (Spellings.TryGetValue(Text.NormalizeLabel(value), out type))
        {
            return true;
        }

        type = CaseType.Unknown;
        return false;
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
