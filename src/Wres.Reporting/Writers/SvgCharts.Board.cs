using System.Text;
using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>The board indicator's chart: the focus share of each set of members and of the workforce, with their counts.</summary>
internal static partial class SvgCharts
{
    /// <summary>
    /// One bar per set of members (and the workforce first) on a scale of 0 to 100%, its share at its end and its
    /// counts at the right (<c>2 of 6</c>: focus-group members of all members), so that a share of a board of 6 does
    /// not pass for one of a workforce. When publishing, the counts are the published cells (the board's size is
    /// public and exact; its focus count follows the policy) and a share needing a count not shown is not drawn.
    /// </summary>
    private static string Board(ReportView view)
    {
        const double LabelRight = 170, PlotLeft = 180, PlotWidth = 400, CountRight = 756, Top = 30, RowHeight = 30, BarHeight = 18;
        var board = view.Report.Board;
        var figures = view.Figures;
        const string NotShown = "not published: a count is not shown";
        var workforce = figures.Workforce;
        (string Label, GroupFigures? Counts, string Unit, string Colour, string Missing) Subset(string label, BoardSubset subset)
        {
            var members = figures.Board(subset);
            return (label, members, "members", FocusColour, members.Withheld ? NotShown : "n/a: no members");
        }

        var rows = new (string Label, GroupFigures? Counts, string Unit, string Colour, string Missing)[]
        {
            ("Workforce", workforce, "people", WorkforceColour, workforce is null ? "n/a: staff file not supplied" : workforce.Withheld ? NotShown : "n/a: nobody in the workforce"),
            Subset("Whole board", board.Total),
            Subset("Voting members", board.Voting),
            Subset("Non-voting members", board.NonVoting),
            Subset("Executive members", board.Executive),
            Subset("Non-executive members", board.NonExecutive),
        };
        var bottom = Top + (rows.Length * RowHeight);
        var body = new StringBuilder();
        body.Append(TextAt(CountRight, Top - 12, $"{view.Focus} of all", "small bold", anchor: "end")).Append('\n');
        foreach (var grid in new[] { 0.0, 25, 50, 75, 100 })
        {
            var x = PlotLeft + (grid / 100 * PlotWidth);
            body.Append(Line(x, Top - 6, x, bottom, "#d8dde0"));
            body.Append(TextAt(x, bottom + 16, Numbers.Integer((int)grid) + "%", "small", anchor: "middle")).Append('\n');
        }

        var y = Top;
        foreach (var (label, counts, unit, colour, missing) in rows)
        {
            body.Append(TextAt(LabelRight, y + 14, label, label == "Workforce" ? "bold" : null, anchor: "end")).Append('\n');
            var tally = counts is { Total.Value: > 0 } ? $"{counts.Focus.Text} of {counts.Total.Text}" : null;
            if (counts?.PercentOf(ComparisonGroup.Focus) is { } exact)
            {
                var value = Shown(view, exact, 1);
                var width = value / 100 * PlotWidth;
                body.Append("<g><title>").Append(HtmlReportWriter.Escape($"{label}: {view.Focus} {Numbers.Percent(value)}%, {tally} {unit}")).Append("</title>");
                body.Append(Rect(PlotLeft, y, Math.Max(width, 0), BarHeight, colour));
                body.Append(TextAt(PlotLeft + width + 6, y + 14, Numbers.Percent(value) + "%", "small"));
                body.Append(TextAt(CountRight, y + 14, tally!, "small", anchor: "end"));
                body.Append("</g>\n");
            }
            else if (tally is not null)
            {
                body.Append("<g><title>").Append(HtmlReportWriter.Escape($"{label}: {view.Focus} share not shown, {tally} {unit}")).Append("</title>");
                body.Append(TextAt(PlotLeft + 6, y + 14, missing, "muted"));
                body.Append(TextAt(CountRight, y + 14, tally, "small", anchor: "end"));
                body.Append("</g>\n");
            }
            else
            {
                body.Append(TextAt(PlotLeft + 6, y + 14, missing, "muted")).Append('\n');
            }

            y += RowHeight;
        }

        return Figure(
            view.Anchor("chart-board"),
            $"{view.IndicatorWord} {board.Id}: {view.Focus} share of the board and of the workforce",
            $"Horizontal bars on a scale of 0 to 100% showing the {view.Focus} share of the whole workforce, the whole board, voting and non-voting members, executive and non-executive members, "
                + $"each with its counts at the right ({view.Focus} of all). The same figures are in the table below.",
            bottom + 30,
            body.ToString(),
            $"{view.Focus} share of the board against the workforce, with the counts behind each share.");
    }
}
