using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// A measured figure in the report (a percentage, likelihood, ratio, confidence limit or p-value): unrounded as a
/// double in its shortest round-trip form, or a decimal as it is (survey percentages, and every figure rounded to
/// the page's precision when publishing). Read back, both forms are kept.
/// </summary>
[JsonConverter(typeof(ReportNumberConverter))]
internal readonly struct ReportNumber
{
    private readonly double _double;
    private readonly decimal? _decimal;
    private readonly bool _isDecimal;

    private ReportNumber(double value, decimal? exact, bool isDecimal)
    {
        _double = value;
        _decimal = exact;
        _isDecimal = isDecimal;
    }

    /// <summary>The figure as a double.</summary>
    public double Double => _double;

    /// <summary>The figure as a decimal; <see langword="null"/> when it is beyond the range of a decimal.</summary>
    public decimal? Decimal => _decimal;

    /// <summary>Whether the figure is written as a decimal (as it is) rather than a double.</summary>
    public bool IsDecimal => _isDecimal;

    /// <summary>An unrounded double; it must be finite.</summary>
    public static ReportNumber Of(double value) => new(value, null, isDecimal: false);

    /// <summary>A decimal, written as it is.</summary>
    public static ReportNumber Of(decimal value) => new((double)value, value, isDecimal: true);

    /// <summary>A figure read from JSON: its double and, when in range, its decimal.</summary>
    public static ReportNumber Read(double value, decimal? exact) => new(value, exact, isDecimal: exact is not null);
}
