using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Wres.Synthetic.Internal;

/// <summary>
/// Reads the generated cells back into values, by the data contract's rules, for
/// <see cref="SyntheticTrust.ToDataset(SyntheticTrustOptions)"/>. The generator writes only valid values
/// into the rows read here, so a value that does not read is a defect and throws.
/// </summary>
internal static class Cells
{
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy"),
        LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd"),
    ];

    /// <summary>The cell, or <see langword="null"/> when it is blank.</summary>
    public static string? Optional(string cell) => string.IsNullOrWhiteSpace(cell) ? null : cell;

    /// <summary>A Yes/No cell: Yes, No, Y, N, True, False, 1, 0 (any case); blank takes <paramref name="blank"/>.</summary>
    public static bool YesNo(string cell, bool? blank = null)
    {
        var value = cell.AsSpan().Trim();
        if (value.IsEmpty && blank is { } fallback)
        {
            return fallback;
        }

        if (value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("y", StringComparison.OrdinalIgnoreCase)
            || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("1", StringComparison.Ordinal))
        {
            return true;
        }

        if (value.Equals("no", StringComparison.OrdinalIgnoreCase) || value.Equals("n", StringComparison.OrdinalIgnoreCase)
            || value.Equals("false", StringComparison.OrdinalIgnoreCase) || value.Equals("0", StringComparison.Ordinal))
        {
            return false;
        }

        throw Defect(cell, "a Yes/No value");
    }

    /// <summary>A date cell in any of the contract's forms; blank is <see langword="null"/>.</summary>
    public static LocalDate? Date(string cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(cell.Trim());
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw Defect(cell, "a date");
    }

    /// <summary>A decimal cell; blank is <see langword="null"/>.</summary>
    public static decimal? Decimal(string cell) =>
        string.IsNullOrWhiteSpace(cell) ? null : decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>An integer cell; blank is <see langword="null"/>.</summary>
    public static int? Integer(string cell) =>
        string.IsNullOrWhiteSpace(cell) ? null : int.Parse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>The exception for a generated value that does not read: a defect in the generator.</summary>
    public static InvalidOperationException Defect(string cell, string expected) =>
        new($"The synthetic trust generated '{cell}' where {expected} was expected.");
}
