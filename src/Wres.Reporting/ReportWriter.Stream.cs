using System.Diagnostics.CodeAnalysis;
using Wres.Core;
using Wres.Core.RollUp;

namespace Wres.Reporting;

/// <summary>Writing to a stream synchronously, as UTF-8 without a byte-order mark.</summary>
public static partial class ReportWriter
{
    /// <summary>Writes a report to a stream as UTF-8 without a byte-order mark (JSON straight from the serializer's UTF-8 writer).</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; flushed, not closed.</param>
    /// <param name="options">Publication settings; <see langword="null"/> for the defaults (no disclosure control).</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (TextWriter or Stream), so a call is never ambiguous; options stay optional in both.")]
    public static void Write(WresReport report, ReportFormat format, Stream output, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        Prepare(report, format, options).WriteTo(output);
    }

    /// <summary>Writes a roll-up to a stream as UTF-8 without a byte-order mark; see <see cref="Write(RollUpReport, ReportFormat, TextWriter, ReportWriterOptions?)"/> for the layout.</summary>
    /// <param name="report">The roll-up, from <see cref="WresRollUp.ToReport"/>.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; flushed, not closed.</param>
    /// <param name="options">Settings for every report of the roll-up; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    /// <exception cref="ArgumentException">Last year's report is of the other standard or not for an earlier year.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up, a TextWriter or a Stream), so a call is never ambiguous; options stay optional in all.")]
    public static void Write(RollUpReport report, ReportFormat format, Stream output, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        Prepare(report, format, options).WriteTo(output);
    }
}
