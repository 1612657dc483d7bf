using System.Globalization;
using System.Text;
using Wres.Core.Indicators;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>Cells and lines: counts through disclosure control, figures at the page's precision when publishing, RFC 4180 quoting.</summary>
internal sealed partial class CsvReportWriter
{
    private void Title(string id, string title, IndicatorStatus status)
    {
        Row(id, "Title", text: title);
        Row(id, "Status", text: status == IndicatorStatus.Computed ? "Computed" : "NotProvided");
    }

    private static CsvCell Count(PublishedCount count) => CsvCell.Count(count);

    private CsvCell PreviousCount(int? value) => CsvCell.Count(_view.Previous(value));

    private CsvCell CountChange(PublishedCount current, int? previous) => _view.CountChange(current, previous) is { } change ? CsvCell.Number(change) : default;

    /// <summary>A figure computed from shown counts: the number, <c>*</c> when a count it needs is not shown (publishing), empty when undefined.</summary>
    private CsvCell Figure(double? value, bool withheld) =>
        value is null && withheld && _view.Publish ? CsvCell.Text(DisclosureWords.NotPublished) : CsvCell.Number(value);

    private static string? YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => null,
    };

    private void Row(
        string indicator,
        string measure,
        string? segment = null,
        string? row = null,
        CsvCell reference = default,
        CsvCell focus = default,
        CsvCell unknown = default,
        CsvCell total = default,
        CsvCell value = default,
        CsvCell lower = default,
        CsvCell upper = default,
        string? text = null,
        CsvCell previous = default,
        CsvCell change = default)
    {
        if (_view.Publish && Numbers.PublishedDecimals(measure) is { } decimals)
        {
            reference = Published(reference, decimals);
            focus = Published(focus, decimals);
            unknown = Published(unknown, decimals);
            total = Published(total, decimals);
            value = Published(value, decimals);
            lower = Published(lower, decimals);
            upper = Published(upper, decimals);
            previous = Published(previous, decimals);
            change = Published(change, decimals);
        }

        Emit(
            CsvCell.Text(indicator), CsvCell.Text(segment), CsvCell.Text(row), CsvCell.Text(measure),
            reference, focus, unknown, total, value, lower, upper, CsvCell.Text(text), previous, change);
    }

    /// <summary>A number cell at the precision of the page (publish mode); text cells and blanks as they are.</summary>
    private static CsvCell Published(CsvCell cell, int decimals) =>
        !cell.IsText && cell.Value is { Length: > 0 } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? CsvCell.Number(Numbers.Published(number, decimals))
            : cell;

    /// <summary>Writes a data line: in a roll-up the <c>Organisation</c> cell first, then the cells.</summary>
    private void Emit(params CsvCell[] cells) => Line(_organisation, cells);

    /// <summary>
    /// Writes a line: <paramref name="first"/> when there is one (the <c>Organisation</c> column of a roll-up), then
    /// every cell, but the last two (<c>Previous</c>, <c>Change</c>) only with a comparison.
    /// </summary>
    private void Line(CsvCell? first, params CsvCell[] cells)
    {
        var count = _compared ? cells.Length : cells.Length - 2;
        var line = new StringBuilder(128);
        if (first is { } organisation)
        {
            line.Append(Encode(organisation)).Append(',');
        }

        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Encode(cells[i]));
        }

        line.Append(LineEnd);
        _output.Write(line.ToString());
    }
}
