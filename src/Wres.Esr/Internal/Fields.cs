using System.Globalization;
using NodaTime;

namespace Wres.Esr.Internal;

/// <summary>Reads the value types of the input contract from field text, without allocating.</summary>
internal static class Fields
{
    /// <summary><c>Yes</c>, <c>No</c>, <c>Y</c>, <c>N</c>, <c>True</c>, <c>False</c>, <c>1</c>, <c>0</c>, any case, surrounding spaces ignored.</summary>
    public static bool TryYesNo(ReadOnlySpan<char> value, out bool result)
    {
        value = value.Trim();
        switch (value.Length)
        {
            case 1:
                switch (value[0])
                {
                    case 'Y' or 'y' or '1':
                        result = true;
                        return true;
                    case 'N' or 'n' or '0':
                        result = false;
                        return true;
                }

                break;
            case 2 when value.Equals("no", StringComparison.OrdinalIgnoreCase):
                result = false;
                return true;
            case 3 when value.Equals("yes", StringComparison.OrdinalIgnoreCase):
                result = true;
                return true;
            case 4 when value.Equals("true", StringComparison.OrdinalIgnoreCase):
                result = true;
                return true;
            case 5 when value.Equals("false", StringComparison.OrdinalIgnoreCase):
                result = false;
                return true;
        }

        result = false;
        return false;
    }

    /// <summary>A date as <c>2026-03-31</c>, <c>31/03/2026</c> (day and month may have one digit) or <c>20260331</c>.</summary>
    public static bool TryDate(ReadOnlySpan<char> value, out LocalDate date)
    {
        value = value.Trim();
        date = default;
        int year, month, day;
        if (value.Length == 10 && value[4] == '-' && value[7] == '-')
        {
            if (!TryDigits(value[..4], out year) || !TryDigits(value.Slice(5, 2), out month) || !TryDigits(value.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else if (value.Length == 8 && value.IndexOf('/') < 0)
        {
            if (!TryDigits(value[..4], out year) || !TryDigits(value.Slice(4, 2), out month) || !TryDigits(value.Slice(6, 2), out day))
            {
                return false;
            }
        }
        else
        {
            var first = value.IndexOf('/');
            var second = first < 0 ? -1 : value[(first + 1)..].IndexOf('/') + first + 1;
            if (first is < 1 or > 2 || second - first is < 2 or > 3 || value.Length - second - 1 != 4
                || !TryDigits(value[..first], out day) || !TryDigits(value[(first + 1)..second], out month) || !TryDigits(value[(second + 1)..], out year))
            {
                return false;
            }
        }

        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>A decimal number, invariant culture (a point for decimals, an optional sign, no thousands separators).</summary>
    public static bool TryDecimal(ReadOnlySpan<char> value, out decimal result) =>
        decimal.TryParse(value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result);

    /// <summary>A whole number, invariant culture.</summary>
    public static bool TryInteger(ReadOnlySpan<char> value, out int result) =>
        int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);

    /// <summary>
    /// A value as it may appear in a message: trimmed, control characters replaced, at most 60
    /// characters. Only ever one cell, never a row.
    /// </summary>
    public static string Quote(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        var length = Math.Min(value.Length, 60);
        var text = string.Create(length, value[..length].ToString(), static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return value.Length > 60 ? $"'{text}…'" : $"'{text}'";
    }
}
