using System.Globalization;
using System.Net;
using System.Text;
using Wres.Reporting.Contract;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>A comparison's pay quartiles as an inline SVG: one stacked bar per quartile, the reference, focus and unknown groups' shares.</summary>
internal static class PayGapChart
{
    private const double Width = 560;
    private const double Left = 130;
    private const double BarHeight = 26;
    private const double Gap = 10;
    private const double Top = 30;

    private static readonly string[] Colours = ["#1d70b8", "#f47738", "#b1b4b6"];

    public static string Quartiles(PayGapDto gap)
    {
        var quartiles = gap.Quartiles ?? [];
        var height = Top + (quartiles.Count * (BarHeight + Gap)) + 30;
        var svg = new StringBuilder();
        var reference = PayGapDocumentWriter.Group(gap.Reference);
        var focus = PayGapDocumentWriter.Group(gap.Focus);
        var title = $"Pay quartiles by {gap.Characteristic}: share of {reference}, {focus} and Unknown";
        svg.Append(CultureInfo.InvariantCulture, $"<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"pq-{gap.Characteristic}\" viewBox=\"0 0 {Numbers.Svg(Width)} {Numbers.Svg(height)}\" width=\"{Numbers.Svg(Width)}\" height=\"{Numbers.Svg(height)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"pq-{gap.Characteristic}\">{WebUtility.HtmlEncode(title)}</title>");
        string[] labels = [reference, focus, "Unknown"];
        for (var i = 0; i < labels.Length; i++)
        {
            var x = Left + (i * 130);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Numbers.Svg(x)}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{Colours[i]}\"/><text x=\"{Numbers.Svg(x + 16)}\" y=\"16\" font-size=\"12\">{WebUtility.HtmlEncode(labels[i])}</text>");
        }

        var span = Width - Left - 10;
        for (var q = 0; q < quartiles.Count; q++)
        {
            var quartile = quartiles[q];
            var y = Top + (q * (BarHeight + Gap));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Numbers.Svg(y + 17)}\" font-size=\"12\">Quartile {quartile.Quartile}{(quartile.Quartile == 1 ? " (lowest)" : quartile.Quartile == 4 ? " (highest)" : string.Empty)}</text>");
            var x = Left;
            double?[] shares = [quartile.ReferencePercent, quartile.FocusPercent, quartile.UnknownPercent];
            for (var i = 0; i < shares.Length; i++)
            {
                var width = span * (shares[i] ?? 0) / 100.0;
                if (width > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Numbers.Svg(x)}\" y=\"{Numbers.Svg(y)}\" width=\"{Numbers.Svg(width)}\" height=\"{Numbers.Svg(BarHeight)}\" fill=\"{Colours[i]}\"><title>{WebUtility.HtmlEncode(labels[i])}: {Numbers.Percent(shares[i])}%</title></rect>");
                    x += width;
                }
            }
        }

        svg.Append("</svg><figcaption>").Append(WebUtility.HtmlEncode(title)).Append("</figcaption></figure>");
        return svg.ToString();
    }
}
