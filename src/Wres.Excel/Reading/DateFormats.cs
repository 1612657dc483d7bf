namespace Wres.Excel.Reading;

/// <summary>Tells whether a cell's number format shows its number as a date, so the number is an Excel serial date.</summary>
internal static class DateFormats
{
    /// <summary>
    /// Whether the built-in number format <paramref name="id"/> is a date or time format: 14-22 (<c>m/d/yyyy</c>,
    /// <c>d-mmm-yy</c> … <c>m/d/yy h:mm</c>) and 45-47 (<c>mm:ss</c>, <c>[h]:mm:ss</c>, <c>mmss.0</c>).
    /// </summary>
    public static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 45 and <= 47);

    /// <summary>
    /// Whether a custom format code shows a date: it holds <c>d</c>, <c>m</c> or <c>y</c> (any case) outside quoted
    /// text, square brackets (colours, locales, conditions, elapsed time), and characters escaped by <c>\</c> or
    /// used as padding (<c>_</c>) or fill (<c>*</c>).
    /// </summary>
    public static bool IsDateCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var quoted = false;
        var bracketed = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }

            if (bracketed)
            {
                bracketed = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    bracketed = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y':
                    return true;
            }
        }

        return false;
    }
}
