using Wres.Core.Internal;

namespace Wres.Core.Disability;

/// <summary>Classifies raw ESR disability values for the WDES.</summary>
/// <remarks>
/// <c>Yes</c> is <see cref="DisabilityGroup.Disabled"/> and <c>No</c> is
/// <see cref="DisabilityGroup.NonDisabled"/> (any case, surrounding spaces ignored); anything else
/// (<c>Not Declared</c>, <c>Prefer Not To Answer</c>, blank, other text) is
/// <see cref="DisabilityGroup.Unknown"/>. Recognised non-answers are
/// <see cref="DisabilityMatch.NotDeclared"/>; other text is <see cref="DisabilityMatch.Unrecognised"/>
/// so that it can be reported.
/// </remarks>
public static class DisabilityClassifier
{
    private static readonly HashSet<string> NonAnswers = new(StringComparer.Ordinal)
    {
        "not declared", "prefer not to answer", "prefer not to say", "not known", "unknown",
        "not stated", "unspecified", "declined", "i do not wish to disclose whether i have a disability or not",
    };

    /// <summary>Classifies a raw value.</summary>
    /// <param name="value">The value; <see langword="null"/> is blank.</param>
    /// <returns>The classification; never throws.</returns>
    public static DisabilityClassification Classify(string? value) => Classify(value.AsSpan());

    /// <summary>Classifies a raw value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The classification; never throws.</returns>
    public static DisabilityClassification Classify(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return new(DisabilityGroup.Unknown, DisabilityMatch.Blank);
        }

        if (value.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return new(DisabilityGroup.Disabled, DisabilityMatch.Declared);
        }

        if (value.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return new(DisabilityGroup.NonDisabled, DisabilityMatch.Declared);
        }

        return NonAnswers.Contains(Text.NormalizeLabel(value))
            ? new(DisabilityGroup.Unknown, DisabilityMatch.NotDeclared)
            : new(DisabilityGroup.Unknown, DisabilityMatch.Unrecognised);
    }
}
