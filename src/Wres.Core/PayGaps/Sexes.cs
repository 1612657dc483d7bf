namespace Wres.Core.PayGaps;

/// <summary>Reads the pay file's <c>Sex</c> values.</summary>
public static class Sexes
{
    /// <summary>
    /// Reads a value: <c>Male</c> or <c>M</c> is <see cref="Sex.Male"/>, <c>Female</c> or <c>F</c> is
    /// <see cref="Sex.Female"/> (any case, surrounding spaces ignored), blank is <see cref="Sex.Unknown"/>,
    /// and anything else is <see cref="Sex.Other"/>.
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The sex; never throws.</returns>
    public static Sex Parse(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            return Sex.Unknown;
        }

        if (value.Equals("m", StringComparison.OrdinalIgnoreCase) || value.Equals("male", StringComparison.OrdinalIgnoreCase))
        {
            return Sex.Male;
        }

        if (value.Equals("f", StringComparison.OrdinalIgnoreCase) || value.Equals("female", StringComparison.OrdinalIgnoreCase))
        {
            return Sex.Female;
        }

        return Sex.Other;
    }
}
