using System.Globalization;

namespace Wres.Excel.Writing;

/// <summary>
/// A cell to write: a number with its style, or text (a suppressed count's <c>*</c> or <c>&lt;5</c> stays text),
/// or empty. Built from the report table's cells: a figure that is not a number is written as the text it is.
/// </summary>
internal readonly record struct SheetCell(string? Text, double? Number, CellStyle Style)
{
    public bool IsEmpty => Text is null && Number is null;

    /// <summary>Whether the cell holds a count the disclosure control suppressed (text where a count would be).</summary>
    public bool IsSuppressed => Text is not null && Style is CellStyle.Count or CellStyle.SignedCount;

    public static SheetCell Of(string? text) => new(text, null, CellStyle.Unknown);

    public static SheetCell Heading(string text) => new(text, null, CellStyle.Header);

    public static SheetCell Title(string text) => new(text, null, CellStyle.Title);

    /// <summary>A figure as the table wrote it, as a number in <paramref name="style"/>.</summary>
    public static SheetCell Figure(string? value, CellStyle style) =>
        value is null ? default
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? new(null, number, style)
        : new(value, null, style);

    /// <summary>A percentage written 0 to 100, stored as the fraction a percentage format shows.</summary>
    public static SheetCell Percent(string? value)
    {
        var cell = Figure(value, CellStyle.Percent);
        return cell.Number is { } number ? cell with { Number = number / 100.0 } : cell;
    }
}
