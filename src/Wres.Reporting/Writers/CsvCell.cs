using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>
/// One CSV cell: text (neutralised against formula injection when written) or a number (written as it is, so a
/// negative number stays a number). The default cell is empty.
/// </summary>
/// <param name="Value">The cell's content, or <see langword="null"/> for an empty cell.</param>
/// <param name="IsText">Whether the content is text.</param>
internal readonly record struct CsvCell(string? Value, bool IsText)
{
    /// <summary>A text cell; empty when <paramref name="value"/> is <see langword="null"/>.</summary>
    public static CsvCell Text(string? value) => new(value is null ? null : TextSafety.Clean(value), true);

    /// <summary>An integer.</summary>
    public static CsvCell Number(int value) => new(Numbers.Integer(value), false);

    /// <summary>An unrounded double; empty when <see langword="null"/> or not finite.</summary>
    public static CsvCell Number(double? value) => value is { } v && double.IsFinite(v) ? new(Numbers.Exact(v), false) : default;

    /// <summary>An unrounded decimal; empty when <see langword="null"/>.</summary>
    public static CsvCell Number(decimal? value) => value is { } v ? new(Numbers.Exact(v), false) : default;

    /// <summary>A count as shown: the number, the text (<c>*</c>, <c>&lt;5</c>, <c>withheld</c>) when hidden, empty when unknown.</summary>
    public static CsvCell Count(PublishedCount count) =>
        count.Value is { } v ? Number(v) : count.State == CountState.Unknown ? default : Text(count.Text);
}
