using System.Text;
using Wres.Core;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>Indicator 1's chart: each row's shares as a stacked bar, its headcount, and the workforce's share as a line.</summary>
internal static partial class SvgCharts
{
    private const double RepresentationBarLeft = 225;
    private const double RepresentationBarWidth = 400;

    /// <summary>
    /// One stacked bar per applicable row, the focus group's share first from the left edge so that its length can be
    /// read against the dashed line at the workforce's focus share; beside each bar its focus share and headcount
    /// (<c>n = 452</c>), so that a bar of 4 people does not pass for one of 452 and the chart reads without colour.
    /// When publishing, shares, lengths and headcounts are the published ones and a row with a count not shown has no
    /// bar and no headcount (the tables give what can be given).
    /// </summary>
    private static string Representation(ReportView view)
    {
        const double LabelRight = 215, BarLeft = RepresentationBarLeft, BarWidth = RepresentationBarWidth, ShareLeft = 632, CountRight = 756;
        const double Top = 40, RowHeight = 22, BarHeight = 16;
        var body = new StringBuilder();
        body.Append(TextAt(ShareLeft, 14, view.Focus + " %", "small bold")).Append('\n');
        body.Append(TextAt(CountRight, 14, "People", "small bold", anchor: "end")).Append('\n');
        var y = Top;
        foreach (var segment in view.Segments)
        {
            y += 18;
            body.Append(TextAt(0, y, segment.Heading, "bold")).Append('\n');
            y += 8;
            foreach (var row in segment.Rows)
            {
                var label = row.IsTotal ? "All (total)" : row.Label;
                body.Append(TextAt(LabelRight, y + 12, label, row.IsTotal ? "bold" : null, anchor: "end")).Append('\n');
                if (!row.Applicable)
                {
                    body.Append(TextAt(BarLeft, y + 12, "n/a: nobody in this row", "muted")).Append('\n');
                    y += RowHeight;
                    continue;
                }

                var counts = view.Figures.Row(row);
                if (counts.Withheld)
                {
                    body.Append(TextAt(BarLeft, y + 12, "not published: a count in this row is not shown", "muted")).Append('\n');
                    y += RowHeight;
                    continue;
                }

                var (referencePercent, focusPercent, unknownPercent) =
                    (counts.PercentOf(ComparisonGroup.Reference), counts.PercentOf(ComparisonGroup.Focus), counts.PercentOf(ComparisonGroup.Unknown));
                var tip = $"{segment.Heading}, {row.Label}: {view.Reference} {Numbers.Percent(referencePercent)}%, {view.Focus} {Numbers.Percent(focusPercent)}%, "
                    + $"Unknown {Numbers.Percent(unknownPercent)}% of {counts.Total.Text} people";
                body.Append("<g><title>").Append(HtmlReportWriter.Escape(tip)).Append("</title>");
                var x = BarLeft;
                foreach (var (share, colour) in new[] { (focusPercent, FocusColour), (referencePercent, ReferenceColour), (unknownPercent, UnknownColour) })
                {
                    var width = Shown(view, share ?? 0, 1) / 100.0 * BarWidth;
                    if (width > 0)
                    {
                        body.Append(Rect(x, y, width, BarHeight, colour));
                    }

                    x += width;
                }

                body.Append(TextAt(ShareLeft, y + 12, Numbers.Percent(focusPercent) + "%", "small"));
                body.Append(TextAt(CountRight, y + 12, "n = " + counts.Total.Text, "small", anchor: "end"));
                body.Append("</g>\n");
                y += RowHeight;
            }
        }

        var line = WorkforceLine(view, Top - 4, y + 2);
        body.Append(line.Markup);
        var legend = Legend(
            BarLeft,
            14,
            [(view.Focus, FocusColour), (view.Reference, ReferenceColour), ("Unknown", UnknownColour)]);
        return Figure(
            view.Anchor("chart-representation"),
            $"{view.IndicatorWord} 1: representation by {(view.IsWdes ? "cluster" : "band and grade")}",
            $"Stacked horizontal bars, one for each row of {view.IndicatorWord.ToLowerInvariant()} 1 by segment, showing the shares of {view.Focus}, {view.Reference} and Unknown staff in the row, in that order from the left (each bar is 100% of the people in the row), "
                + $"with the row's {view.Focus} share and its headcount (n) beside it. {line.Description} Rows with nobody in them are marked n/a"
                + (view.Publish ? "; rows with a count not shown are not drawn" : string.Empty) + ". The same figures are in the tables below.",
            y + 10,
            legend + body,
            $"{view.Focus}, {view.Reference} and Unknown shares of each row, its headcount (n), and the workforce's {view.Focus} share (dashed line).");
    }

    /// <summary>
    /// The dashed line at the workforce's focus share, from <paramref name="top"/> to <paramref name="bottom"/>, with
    /// its label, and a sentence for the chart's description; no line when the share is not shown (a workforce count
    /// not published).
    /// </summary>
    private static (string Markup, string Description) WorkforceLine(ReportView view, double top, double bottom)
    {
        if (view.Figures.Workforce is not { } workforce || workforce.PercentOf(ComparisonGroup.Focus) is not { } exact)
        {
            return (string.Empty, $"The workforce's {view.Focus} share is not drawn: a count behind it is not shown.");
        }

        var share = Shown(view, exact, 1);
        var text = Numbers.Percent(share);
        var x = RepresentationBarLeft + (share / 100 * RepresentationBarWidth);
        var markup = new StringBuilder();
        markup.Append("<g><title>").Append(HtmlReportWriter.Escape($"Workforce share: {view.Focus} {text}% of {workforce.Total.Text} people")).Append("</title>");
        markup.Append(Line(x, top, x, bottom, "#ffffff", width: 4));
        markup.Append(Line(x, top, x, bottom, TextColour, dashes: "5 3"));
        var labelX = Math.Clamp(x, RepresentationBarLeft + 50, RepresentationBarLeft + RepresentationBarWidth - 50);
        markup.Append(TextAt(labelX, top - 4, $"Workforce {text}%", "small bold", anchor: "middle"));
        markup.Append("</g>\n");
        return (markup.ToString(), $"A dashed line marks the workforce's {view.Focus} share, {text}%: a row whose {view.Focus} bar ends short of it has a smaller share than the workforce.");
    }
}
