using System.Globalization;
using Wres.Core.Statistics;

namespace Wres.Reporting.Internal;

/// <summary>
/// Number text for every format: display rounding (through <see cref="DisplayRounding"/>, never anything else)
/// for text, Markdown and HTML, and exact invariant text for CSV.
/// </summary>
internal static class Numbers
{
    /// <summary>What is shown for a value that does not exist.</summary>
    public const string NotApplicable = "n/a";

    /// <summary>An integer in the invariant culture, without separators.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage rounded to 1 decimal place, or <c>n/a</c>.</summary>
    public static string Percent(double? value) => DisplayRounding.FormatPercent(value);

    /// <summary>A percentage rounded to 1 decimal place, or <c>n/a</c>.</summary>
    public static string Percent(decimal? value) => DisplayRounding.FormatPercent(value is { } v ? (double)v : null);

    /// <summary>A difference in percentage points rounded to 1 decimal place with its sign (<c>+1.8</c>, <c>-13.5</c>, <c>0.0</c>), or <c>n/a</c>.</summary>
    public static string SignedPercent(double? value)
    {
        if (value is not { } v)
        {
            return NotApplicable;
        }

        var rounded = DisplayRounding.RoundPercent(v);
        var text = DisplayRounding.FormatPercent(v);
        return rounded > 0m ? "+" + text : text;
    }

    /// <summary>A difference in percentage points rounded to 1 decimal place with its sign, or <c>n/a</c>.</summary>
    public static string SignedPercent(decimal? value) => SignedPercent(value is { } v ? (double)v : null);

    /// <summary>A change in percentage points rounded to 1 decimal place, signed and marked <c>pp</c> (<c>+2.1 pp</c>, <c>-0.4 pp</c>, <c>0.0 pp</c>), or <c>n/a</c>.</summary>
    public static string ChangeInPoints(double? value) => value is null ? NotApplicable : SignedPercent(value) + " pp";

    /// <summary>A change in percentage points rounded to 1 decimal place, signed and marked <c>pp</c>, or <c>n/a</c>.</summary>
    public static string ChangeInPoints(decimal? value) => ChangeInPoints(value is { } v ? (double)v : null);

    /// <summary>A change of a likelihood (a difference of proportions) in percentage points: <c>+2.1 pp</c>, or <c>n/a</c>.</summary>
    public static string LikelihoodChange(double? difference) => ChangeInPoints(difference * 100.0);

    /// <summary>A ratio change rounded to 2 decimal places with its sign (<c>+0.12</c>, <c>-0.30</c>, <c>0.00</c>), or <c>n/a</c>.</summary>
    public static string SignedRatio(double? value)
    {
        if (value is not { } v)
        {
            return NotApplicable;
        }

        var rounded = DisplayRounding.RoundRatio(v);
        return rounded > 0m ? "+" + DisplayRounding.FormatRatio(v)
            : rounded == 0m ? "0.00"
            : DisplayRounding.FormatRatio(v);
    }

    /// <summary>A change of a count with its sign (<c>+13</c>, <c>-2</c>, <c>0</c>), or <c>n/a</c>.</summary>
    public static string SignedInteger(int? value) => value switch
    {
        null => NotApplicable,
        > 0 => "+" + Integer(value.Value),
        _ => Integer(value.Value),
    };

    /// <summary>A likelihood (a proportion from 0 to 1, or above 1) as a percentage with 1 decimal place and a % sign, or <c>n/a</c>.</summary>
    public static string LikelihoodPercent(double? proportion) =>
        proportion is { } p ? DisplayRounding.FormatPercent(p * 100.0) + "%" : NotApplicable;

    /// <summary>A ratio rounded to 2 decimal places, or <c>n/a</c>.</summary>
    public static string Ratio(double? value) => DisplayRounding.FormatRatio(value);

    /// <summary>A confidence limit rounded to 2 decimal places; <c>∞</c> for an unbounded upper limit.</summary>
    public static string Limit(double value) => double.IsPositiveInfinity(value) ? "∞" : DisplayRounding.FormatRatio(value);

    /// <summary>A p-value with 3 decimal places (<c>&lt; 0.001</c> below 0.0005), or <c>n/a</c>.</summary>
    public static string PValue(double? value) => DisplayRounding.FormatPValue(value);

    /// <summary>A double exactly (shortest round-trip form, invariant culture); empty when not finite.</summary>
    public static string Exact(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// How many decimal places a published figure (JSON and CSV under <c>--publish</c>) keeps, by what it measures:
    /// as on the page, percentages and percentage points 1, ratios and their intervals 2, likelihoods (shown on
    /// the page as percentages to 1 place) and p-values 3; <see langword="null"/> for counts and whole numbers.
    /// Published output never carries more precision than the page, so that figures next to a rounded or
    /// suppressed count cannot give it back exactly.
    /// </summary>
    public static int? PublishedDecimals(string measure) => measure switch
    {
        "relativeLikelihood" or "lower" or "upper" or "RelativeLikelihood" => RatioDecimals,
        "likelihood" or "pValue" or "Likelihood" or "PValue" => LikelihoodDecimals,
        _ when measure.EndsWith("Percent", StringComparison.OrdinalIgnoreCase)
            || measure.EndsWith("PercentagePoints", StringComparison.OrdinalIgnoreCase)
            || measure.Equals("declarationRate", StringComparison.OrdinalIgnoreCase) => PercentDecimals,
        _ => null,
    };

    /// <summary>The decimal places a published percentage, difference in percentage points or declaration rate keeps (as on the page).</summary>
    public const int PercentDecimals = 1;

    /// <summary>The decimal places a published ratio or confidence limit keeps (as on the page).</summary>
    public const int RatioDecimals = 2;

    /// <summary>The decimal places a published likelihood (a proportion, shown as a percentage to 1 place) or p-value keeps.</summary>
    public const int LikelihoodDecimals = 3;

    /// <summary>A figure rounded for publication, midpoint away from zero (see <see cref="PublishedDecimals"/>).</summary>
    public static decimal Published(double value, int decimals) => Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A figure rounded for publication, midpoint away from zero (see <see cref="PublishedDecimals"/>).</summary>
    public static decimal Published(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A decimal exactly, in the invariant culture.</summary>
    public static string Exact(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A coordinate or length for SVG: at most 2 decimal places, invariant culture.</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
