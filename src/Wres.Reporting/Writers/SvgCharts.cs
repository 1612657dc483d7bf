using System.Text;
using Wres.Core.Statistics;
using Wres.Reporting.Document;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// The HTML page's charts as inline SVG: representation by band (<c>SvgCharts.Representation.cs</c>), the relative
/// likelihoods on a log scale, and the board against the workforce (<c>SvgCharts.Board.cs</c>). Each chart is a
/// <c>figure</c> with an SVG <c>title</c> and <c>desc</c> (named by <c>aria-labelledby</c>) and a tooltip on every
/// mark; the same figures are in the tables beside it. Percentages are drawn from the unrounded values; the text on
/// the chart is rounded through <see cref="Numbers"/>.
/// </summary>
internal static partial class SvgCharts
{
    /// <summary>Light, so that the three shares of a representation bar differ in lightness as well as hue (they print in black and white).</summary>
    private const string ReferenceColour = "#a9cbee";
    private const string FocusColour = "#ae2573";
    private const string UnknownColour = "#768692";
    private const string WorkforceColour = "#425563";
    private const string BandColour = "#d5ecd4";
    private const string AxisColour = "#425563";
    private const string TextColour = "#212b32";
    private const double Width = 760;

    /// <summary>The four-fifths range shaded on the likelihood chart when no ratio was computed (the rules' <b>Default</b> thresholds).</summary>
    private const decimal DefaultLowerThreshold = 0.80m;
    private const decimal DefaultUpperThreshold = 1.25m;

    public static string Draw(ReportView view, ChartKind kind) => kind switch
    {
        ChartKind.Representation => Representation(view),
        ChartKind.RelativeLikelihoods => Likelihoods(view),
        ChartKind.Board => Board(view),
        _ => string.Empty,
    };

    private static string Likelihoods(ReportView view)
    {
        const double LabelLeft = 0, PlotLeft = 260, PlotRight = 720, Top = 40, RowHeight = 46;
        var rows = view.Likelihoods;
        var (low, high) = Domain(view);
        var plotBottom = Top + (rows.Count * RowHeight);
        double X(double value)
        {
            var clamped = Math.Clamp(value, low, high);
            return PlotLeft + ((Math.Log(clamped) - Math.Log(low)) / (Math.Log(high) - Math.Log(low)) * (PlotRight - PlotLeft));
        }

        // The band the report's ratios were judged by (StatisticsOptions; every ratio of a report has the same).
        var thresholds = rows.Select(l => l.Result.RelativeLikelihood).FirstOrDefault(r => r is not null);
        var (lower, upper) = ((double)(thresholds?.LowerThreshold ?? DefaultLowerThreshold), (double)(thresholds?.UpperThreshold ?? DefaultUpperThreshold));
        var band = $"{Numbers.Ratio(lower)} to {Numbers.Ratio(upper)}";
        var body = new StringBuilder();
        body.Append(Rect(X(lower), Top, X(upper) - X(lower), plotBottom - Top, BandColour)).Append('\n');
        body.Append(TextAt(X(lower), Top - 6, Numbers.Ratio(lower), "small", anchor: "end")).Append('\n');
        body.Append(TextAt(X(upper), Top - 6, Numbers.Ratio(upper), "small")).Append('\n');
        body.Append(TextAt(PlotLeft, 14, $"Shaded: the four-fifths range ({band}). Above 1 is adverse to {view.Focus} staff.", "small muted")).Append('\n');
        body.Append(Line(PlotLeft, plotBottom, PlotRight, plotBottom, AxisColour)).Append('\n');
        for (var tick = low; tick <= high * 1.0001; tick *= 2)
        {
            var x = X(tick);
            body.Append(Line(x, plotBottom, x, plotBottom + 5, AxisColour));
            body.Append(TextAt(x, plotBottom + 18, Tick(tick), "small", anchor: "middle")).Append('\n');
        }

        body.Append(TextAt((PlotLeft + PlotRight) / 2, plotBottom + 36, "Relative likelihood (log scale)", "small", anchor: "middle")).Append('\n');
        body.Append("<line x1=\"").Append(Numbers.Svg(X(1))).Append("\" y1=\"").Append(Numbers.Svg(Top)).Append("\" x2=\"").Append(Numbers.Svg(X(1)))
            .Append("\" y2=\"").Append(Numbers.Svg(plotBottom)).Append("\" stroke=\"").Append(AxisColour).Append("\" stroke-dasharray=\"4 3\" />\n");

        var y = Top;
        foreach (var likelihood in rows)
        {
            var middle = y + (RowHeight / 2);
            body.Append(TextAt(LabelLeft, middle - 3, $"{view.IndicatorWord} {likelihood.Id}", "bold")).Append('\n');
            body.Append(TextAt(LabelLeft, middle + 12, likelihood.ShortName, "small")).Append('\n');
            var ratio = likelihood.IsProvided ? view.Figures.Likelihood(likelihood.Result).Statistics : null;
            if (!likelihood.IsProvided)
            {
                body.Append(Note(PlotLeft + 8, middle + 4, "not provided")).Append('\n');
            }
            else if (ratio is null)
            {
                body.Append(Note(PlotLeft + 8, middle + 4, "not published: see the indicator for why")).Append('\n');
            }
            else if (ratio.Ratio is not { } value)
            {
                body.Append(Note(PlotLeft + 8, middle + 4, "not defined: " + ReportView.UndefinedReasonText(likelihood, ratio.UndefinedReason))).Append('\n');
            }
            else
            {
                var interval = ratio.Interval is { } exact ? new ConfidenceInterval(Shown(view, exact.Lower, 2), Shown(view, exact.Upper, 2)) : (ConfidenceInterval?)null;
                value = Shown(view, value, 2);
                var tip = $"{view.IndicatorWord} {likelihood.Id} ({likelihood.OrientationText}): {Numbers.Ratio(value)}"
                    + (interval is { } ci ? $", 95% CI {Numbers.Limit(ci.Lower)} to {Numbers.Limit(ci.Upper)}" : ", no confidence interval")
                    + $"; {LikelihoodFinding.Band(view, ratio)}" + (ratio.SmallNumbers ? "; small numbers" : string.Empty);
                body.Append("<g><title>").Append(HtmlReportWriter.Escape(tip)).Append("</title>");
                if (interval is { } limits)
                {
                    var left = X(limits.Lower > 0 ? limits.Lower : low);
                    var right = X(double.IsFinite(limits.Upper) ? limits.Upper : high);
                    body.Append(Line(left, middle, right, middle, AxisColour));
                    if (limits.Lower >= low)
                    {
                        body.Append(Line(left, middle - 6, left, middle + 6, AxisColour));
                    }

                    if (double.IsFinite(limits.Upper) && limits.Upper <= high)
                    {
                        body.Append(Line(right, middle - 6, right, middle + 6, AxisColour));
                    }
                }

                body.Append("<circle cx=\"").Append(Numbers.Svg(X(value))).Append("\" cy=\"").Append(Numbers.Svg(middle))
                    .Append("\" r=\"5\" fill=\"").Append(FocusColour).Append("\" />");
                body.Append("</g>\n");
                body.Append(TextAt(X(value), middle - 10, Numbers.Ratio(value), "small bold", anchor: "middle")).Append('\n');
            }

            y += RowHeight;
        }

        return Figure(
            view.Anchor("chart-likelihoods"),
            "Relative likelihoods with 95% confidence intervals",
            $"Each relative likelihood as a point with its 95% confidence interval as a line, on a log scale from {Tick(low)} to {Tick(high)}. Every ratio is oriented so that above 1 is adverse to {view.Focus} staff. The shaded band is the four-fifths range, {band}. Ratios that are not defined or not published are named with the reason and not plotted.",
            plotBottom + 46,
            body.ToString(),
            "Relative likelihoods: points with 95% confidence intervals, log scale; the shaded band is the four-fifths range.");
    }

    /// <summary>The log-scale domain: 0.25 to 4 at least, widened by powers of 2 to hold every ratio and finite limit shown (within 1/128 to 128).</summary>
    private static (double Low, double High) Domain(ReportView view)
    {
        double low = 0.25, high = 4;
        foreach (var row in view.Likelihoods)
        {
            if (row.IsProvided && view.Figures.Likelihood(row.Result).Statistics is { Ratio: { } ratio } likelihood)
            {
                Widen(ratio);
                if (likelihood.Interval is { } interval)
                {
                    Widen(interval.Lower);
                    Widen(interval.Upper);
                }
            }
        }

        return (Math.Pow(2, Math.Floor(Math.Log2(low))), Math.Pow(2, Math.Ceiling(Math.Log2(high))));

        void Widen(double value)
        {
            if (value > 0 && double.IsFinite(value))
            {
                low = Math.Max(Math.Min(low, value), 1.0 / 128);
                high = Math.Min(Math.Max(high, value), 128);
            }
        }
    }

    private static string Tick(double value) => value >= 1
        ? Numbers.Integer((int)Math.Round(value))
        : "1/" + Numbers.Integer((int)Math.Round(1 / value));

    private static string Figure(string id, string title, string description, double height, string content, string caption)
    {
        var svg = new StringBuilder();
        svg.Append("<figure>\n");
        svg.Append("<svg role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" viewBox=\"0 0 ")
            .Append(Numbers.Svg(Width)).Append(' ').Append(Numbers.Svg(height)).Append("\" width=\"").Append(Numbers.Svg(Width))
            .Append("\" height=\"").Append(Numbers.Svg(height)).Append("\">\n");
        svg.Append("<title id=\"").Append(id).Append("-title\">").Append(HtmlReportWriter.Escape(title)).Append("</title>\n");
        svg.Append("<desc id=\"").Append(id).Append("-desc\">").Append(HtmlReportWriter.Escape(description)).Append("</desc>\n");
        svg.Append(content);
        svg.Append("</svg>\n");
        svg.Append("<figcaption>").Append(HtmlReportWriter.Escape(caption)).Append("</figcaption>\n");
        svg.Append("</figure>\n");
        return svg.ToString();
    }

    private static string Legend(double left, double baseline, IReadOnlyList<(string Label, string Colour)> items)
    {
        var legend = new StringBuilder();
        var x = left;
        foreach (var (label, colour) in items)
        {
            legend.Append(Rect(x, baseline - 10, 12, 12, colour));
            legend.Append(TextAt(x + 16, baseline, label, "small")).Append('\n');
            x += 16 + (7 * label.Length) + 24;
        }

        return legend.ToString();
    }

    /// <summary>Muted text on a white ground, so it stays legible over the shaded band and the line at 1.</summary>
    private static string Note(double x, double y, string text) =>
        Rect(x - 4, y - 13, (text.Length * 6.8) + 8, 18, "#ffffff") + TextAt(x, y, text, "muted");

    private static string Rect(double x, double y, double width, double height, string fill) =>
        $"<rect x=\"{Numbers.Svg(x)}\" y=\"{Numbers.Svg(y)}\" width=\"{Numbers.Svg(width)}\" height=\"{Numbers.Svg(height)}\" fill=\"{fill}\" />";

    private static string Line(double x1, double y1, double x2, double y2, string stroke, double width = 1.5, string? dashes = null) =>
        $"<line x1=\"{Numbers.Svg(x1)}\" y1=\"{Numbers.Svg(y1)}\" x2=\"{Numbers.Svg(x2)}\" y2=\"{Numbers.Svg(y2)}\" stroke=\"{stroke}\" stroke-width=\"{Numbers.Svg(width)}\""
        + (dashes is null ? string.Empty : $" stroke-dasharray=\"{dashes}\"") + " />";

    private static string TextAt(double x, double y, string text, string? @class = null, string? anchor = null)
    {
        var builder = new StringBuilder("<text x=\"").Append(Numbers.Svg(x)).Append("\" y=\"").Append(Numbers.Svg(y)).Append('"');
        if (@class is not null)
        {
            builder.Append(" class=\"").Append(@class).Append('"');
        }

        if (anchor is not null)
        {
            builder.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        return builder.Append('>').Append(HtmlReportWriter.Escape(text)).Append("</text>").ToString();
    }

    /// <summary>
    /// A figure as a chart draws it: when publishing, at the precision of the page (so that no bar or point is
    /// more exact than its label), otherwise as it is.
    /// </summary>
    private static double Shown(ReportView view, double value, int decimals) =>
        view.Publish && double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? (double)Numbers.Published(value, decimals) : value;
}
