using System.Diagnostics.CodeAnalysis;
using Wres.Core;
using Wres.Core.RollUp;

namespace Wres.Reporting;

/// <summary>Writing to a stream asynchronously, for ASP.NET Core response bodies and other streams that forbid synchronous IO.</summary>
public static partial class ReportWriter
{
    /// <summary>
    /// Writes a report to a stream as UTF-8 without a byte-order mark, with asynchronous writes and flushes only: the
    /// stream is never written or flushed synchronously, so an ASP.NET Core response body (synchronous IO disallowed)
    /// can be written to directly. JSON is serialised to the stream as it goes; text, Markdown, HTML and CSV are
    /// rendered into memory as UTF-8, then written.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; flushed, not closed.</param>
    /// <param name="options">Publication settings; <see langword="null"/> for the defaults (no disclosure control).</param>
    /// <param name="cancellationToken">Stops the write; what was written by then stays written.</param>
    /// <returns>A task that completes when the report is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    /// <exception cref="ArgumentException">Last year's report is of the other standard or not for an earlier year.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options and the token stay optional in both.")]
    public static Task WriteAsync(WresReport report, ReportFormat format, Stream output, ReportWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        return Prepare(report, format, options).WriteToAsync(output, cancellationToken);
    }

    /// <summary>
    /// Writes a roll-up to a stream as UTF-8 without a byte-order mark, with asynchronous writes and flushes only; see
    /// <see cref="Write(RollUpReport, ReportFormat, TextWriter, ReportWriterOptions?)"/> for the layout and
    /// <see cref="WriteAsync(WresReport, ReportFormat, Stream, ReportWriterOptions?, CancellationToken)"/> for how it
    /// is written.
    /// </summary>
    /// <param name="report">The roll-up, from <see cref="WresRollUp.ToReport"/>.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; flushed, not closed.</param>
    /// <param name="options">Settings for every report of the roll-up; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the write; what was written by then stays written.</param>
    /// <returns>A task that completes when the roll-up is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is <see langword="null"/>, or publishing without disclosure options.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format, or a disclosure option is out of range.</exception>
    /// <exception cref="ArgumentException">Last year's report is of the other standard or not for an earlier year.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options and the token stay optional in both.")]
    public static Task WriteAsync(RollUpReport report, ReportFormat format, Stream output, ReportWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        return Prepare(report, format, options).WriteToAsync(output, cancellationToken);
    }
}
