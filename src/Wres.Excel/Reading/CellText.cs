using System.Globalization;
using System.Text;

namespace Wres.Excel.Reading;

/// <summary>
/// A cell's value as the text a CSV file would hold: a shared or inline string as it is; a number in invariant
/// culture, shortest round-trip (<c>0.8</c>, <c>12345</c>); a number whose style shows a date as an ISO date
/// (<c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm:ss</c> when it has a time of day; see <see cref="SerialDate"/>);
/// a boolean as <c>TRUE</c> or <c>FALSE</c>; an error as Excel shows it (<c>#N/A</c>), so that the value rules
/// report it rather than read it as blank; a formula's cached result as that result.
/// </summary>
internal sealed class CellText(WorkbookSource source, string file)
{
    /// <summary>The text of a cell, or <see langword="null"/> for an empty one.</summary>
    /// <param name="type">The cell's <c>t</c> attribute.</param>
    /// <param name="style">The cell's <c>s</c> attribute.</param>
    /// <param name="value">The cell's <c>v</c> element's text.</param>
    /// <param name="inline">The text of its inline string, if any.</param>
    /// <param name="row">The row, for a message.</param>
    public string? Of(string? type, int style, string? value, StringBuilder inline, int row)
    {
        switch (type)
        {
            case null or "n":
                return Number(value, style);
            case "s":
                return Shared(value, row);
            case "inlineStr":
                return inline.Length > 0 ? inline.ToString() : value;
            case "b":
                return value switch
                {
                    "1" => "TRUE",
                    "0" => "FALSE",
                    _ => value,
                };
            default:
                return value;
        }
    }

    private string Shared(string? value, int row)
    {
        var strings = source.SharedStrings;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length
            ? strings[index]
            : throw WorkbookProblem.DamagedAt(file, row, $"the sheet '{source.SheetName}' refers to a shared string the workbook does not have");
    }

    private string? Number(string? value, int style)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        Span<char> text = stackalloc char[32];
        var styles = source.DateStyles;
        if ((uint)style < (uint)styles.Length && styles[style] && SerialDate.TryFormat(number, source.Date1904, text, out var dateLength))
        {
            return new string(text[..dateLength]);
        }

        if (number.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture) && text[..length].SequenceEqual(value))
        {
            return value;
        }

        return number.ToString("R", CultureInfo.InvariantCulture);
    }
}
