using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;

namespace Wres.Esr.Internal;

/// <summary>Reads the value types of the input contract from UTF-8 field bytes, without allocating.</summary>
internal static class Fields
{
    /// <summary>The bytes without leading and trailing spaces and tabs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty || (!IsSpace(value[0]) && !IsSpace(value[^1])))
        {
            return value;
        }

        var start = 0;
        var end = value.Length;
        while (start < end && IsSpace(value[start]))
        {
            start++;
        }

        while (end > start && IsSpace(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C;

    /// <summary>Whether the value is empty or only spaces and tabs (ASCII white space; a non-breaking space is text).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> value) => Trim(value).IsEmpty;

    /// <summary>Whether the bytes are valid UTF-8.</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> value) =>
        System.Text.Ascii.IsValid(value) || System.Text.Unicode.Utf8.IsValid(value);

    /// <summary><c>Yes</c>, <c>No</c>, <c>Y</c>, <c>N</c>, <c>True</c>, <c>False</c>, <c>1</c>, <c>0</c>, any case, surrounding spaces ignored.</summary>
    public static bool TryYesNo(ReadOnlySpan<byte> value, out bool result)
    {
        value = Trim(value);
        result = false;
        if (value.IsEmpty)
        {
            return false;
        }

        var first = value[0] | 0x20;
        switch (value.Length)
        {
            case 1:
                if (first is 'y' || value[0] == '1')
                {
                    result = true;
                    return true;
                }

                return first is 'n' || value[0] == '0';
            case 2:
                return first == 'n' && (value[1] | 0x20) == 'o';
            case 3:
                result = first == 'y' && (value[1] | 0x20) == 'e' && (value[2] | 0x20) == 's';
                return result;
            case 4:
                result = first == 't' && Ascii.EqualsIgnoreCase(value, "true"u8);
                return result;
            case 5:
                return first == 'f' && Ascii.EqualsIgnoreCase(value, "false"u8);
            default:
                return false;
        }
    }

    /// <summary>
    /// A date as <c>2026-03-31</c>, <c>31/03/2026</c> (day and month may have one digit), <c>20260331</c> or
    /// <c>31-Mar-2026</c> (ESR's own style, any case); the first two may carry a time, which is ignored
    /// (<c>31/03/2026 00:00</c>, <c>31/03/2026 00:00:00</c>, <c>2026-03-31T00:00:00</c>, <c>2026-03-31 00:00:00.000</c>).
    /// </summary>
    public static bool TryDate(ReadOnlySpan<byte> value, out LocalDate date)
    {
        if (TryDateParts(value, out var year, out var month, out var day))
        {
            date = new LocalDate(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>A date in one of the accepted forms as its year, month and day, checked to be a real date.</summary>
    private static bool TryDateParts(ReadOnlySpan<byte> value, out int year, out int month, out int day)
    {
        value = WithoutTime(Trim(value));
        (year, month, day) = (0, 0, 0);
        if (value.Length == 10 && value[4] == '-' && value[7] == '-')
        {
            if (!TryDigits(value[..4], out year) || !TryDigits(value.Slice(5, 2), out month) || !TryDigits(value.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else if (value.Length == 8 && value.IndexOf((byte)'/') < 0)
        {
            if (!TryDigits(value[..4], out year) || !TryDigits(value.Slice(4, 2), out month) || !TryDigits(value.Slice(6, 2), out day))
            {
                return false;
            }
        }
        else if (value.Length is 10 or 11 && value[^5] is (byte)'-' or (byte)' ' && value[^9] == value[^5])
        {
            // 31-Mar-2026, 1-Mar-2026, 31 Mar 2026.
            if (!TryDigits(value[..^9], out day) || !TryMonthName(value.Slice(value.Length - 8, 3), out month) || !TryDigits(value[^4..], out year))
            {
                return false;
            }
        }
        else
        {
            var first = value.IndexOf((byte)'/');
            var second = first < 0 ? -1 : value[(first + 1)..].IndexOf((byte)'/') + first + 1;
            if (first is < 1 or > 2 || second - first is < 2 or > 3 || value.Length - second - 1 != 4
                || !TryDigits(value[..first], out day) || !TryDigits(value[(first + 1)..second], out month) || !TryDigits(value[(second + 1)..], out year))
            {
                return false;
            }
        }

        return year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);
    }

    /// <summary>
    /// The date part of a date-time: a time after a space or <c>T</c> (<c>00:00</c>, <c>00:00:00</c>, with
    /// fractions of a second and a <c>Z</c> or offset) is dropped; anything else is left for the date rules to judge.
    /// </summary>
    private static ReadOnlySpan<byte> WithoutTime(ReadOnlySpan<byte> value)
    {
        var split = value.IndexOfAny((byte)' ', (byte)'T');
        if (split < 8 || split > 10)
        {
            return value;
        }

        var time = value[(split + 1)..];
        if (time.EndsWith("Z"u8))
        {
            time = time[..^1];
        }
        else if (time.Length > 6 && time[^6] is (byte)'+' or (byte)'-' && time[^3] == ':')
        {
            time = time[..^6];
        }

        var fraction = time.IndexOf((byte)'.');
        if (fraction >= 0)
        {
            if (fraction == time.Length - 1 || time[(fraction + 1)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
            {
                return value;
            }

            time = time[..fraction];
        }

        // H:mm, HH:mm, HH:mm:ss
        var valid = time.Length switch
        {
            4 => time[1] == ':' && IsTimeDigits(time[..1]) && IsTimeDigits(time[2..]),
            5 => time[2] == ':' && IsTimeDigits(time[..2]) && IsTimeDigits(time[3..]),
            8 => time[2] == ':' && time[5] == ':' && IsTimeDigits(time[..2]) && IsTimeDigits(time.Slice(3, 2)) && IsTimeDigits(time[6..]),
            _ => false,
        };
        return valid ? value[..split] : value;
    }

    private static bool IsTimeDigits(ReadOnlySpan<byte> digits) => digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;

    private static bool TryMonthName(ReadOnlySpan<byte> name, out int month)
    {
        month = 0;
        Span<byte> lower = stackalloc byte[3];
        for (var i = 0; i < 3; i++)
        {
            lower[i] = (byte)(name[i] | 0x20);
        }

        ReadOnlySpan<byte> months = "janfebmaraprmayjunjulaugsepoctnovdec"u8;
        for (var m = 0; m < 12; m++)
        {
            if (months.Slice(m * 3, 3).SequenceEqual(lower))
            {
                month = m + 1;
                return true;
            }
        }

        return false;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>A decimal number: an optional sign, digits, an optional point and digits (invariant; no thousands separators, no exponent).</summary>
    public static bool TryDecimal(ReadOnlySpan<byte> value, out decimal result)
    {
        value = Trim(value);
        result = 0;
        if (value.IsEmpty || value.IndexOfAny((byte)'e', (byte)'E') >= 0)
        {
            return false;
        }

        return Utf8Parser.TryParse(value, out result, out var consumed) && consumed == value.Length;
    }

    /// <summary>
    /// A non-negative number written plainly with at most five whole digits and four decimal places
    /// (<c>1</c>, <c>0.3</c>, <c>0.8000</c>: how ESR writes FTE), read without the general parser: the same
    /// value and scale <see cref="TryDecimal"/> gives, and the value in ten-thousandths. Anything else
    /// returns false and is for <see cref="TryDecimal"/> to judge.
    /// </summary>
    public static bool TryPlainDecimal(ReadOnlySpan<byte> value, out decimal result, out int tenThousandths)
    {
        value = Trim(value);
        result = 0;
        tenThousandths = 0;
        var mantissa = 0;
        var i = 0;
        while (i < value.Length && (uint)(value[i] - '0') <= 9)
        {
            mantissa = (mantissa * 10) + (value[i] - '0');
            i++;
        }

        if (i is 0 or > 5)
        {
            return false;
        }

        var scale = 0;
        if (i < value.Length)
        {
            if (value[i] != '.')
            {
                return false;
            }

            i++;
            while (i < value.Length && (uint)(value[i] - '0') <= 9)
            {
                mantissa = (mantissa * 10) + (value[i] - '0');
                scale++;
                i++;
            }

            if (scale is 0 or > 4 || i != value.Length)
            {
                return false;
            }
        }

        result = new decimal(mantissa, 0, 0, isNegative: false, (byte)scale);
        tenThousandths = mantissa * TenThousandthsPerUnit[scale];
        return true;
    }

    private static ReadOnlySpan<int> TenThousandthsPerUnit => [10_000, 1_000, 100, 10, 1];

    /// <summary>A whole number, invariant.</summary>
    public static bool TryInteger(ReadOnlySpan<byte> value, out int result)
    {
        value = Trim(value);
        result = 0;
        return !value.IsEmpty && Utf8Parser.TryParse(value, out result, out var consumed) && consumed == value.Length;
    }

    /// <summary>The field as text, for messages and typed records.</summary>
    public static string Text(ReadOnlySpan<byte> value) => Encoding.UTF8.GetString(value);

    /// <summary>
    /// A value as it may appear in a message: trimmed, control characters replaced, at most 60
    /// characters. Only ever one cell, never a row.
    /// </summary>
    public static string Quote(ReadOnlySpan<byte> value) => Quote(Text(value).AsSpan());

    /// <summary>As <see cref="Quote(ReadOnlySpan{byte})"/>, for text.</summary>
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
