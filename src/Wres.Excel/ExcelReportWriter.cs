using System.Diagnostics.CodeAnalysis;
using Wres.Core;
using Wres.Core.RollUp;
using Wres.Excel.Writing;
using Wres.Reporting;

namespace Wres.Excel;

/// <summary>
/// Writes a report as an Excel workbook (<c>.xlsx</c>), laid out like the WRES reporting template, with the
/// figures of every other format.
/// </summary>
/// <remarks>
/// <para>Sheets: <c>Summary</c> (the standard, organisation, year and groups; the headline figures: staff in post,
/// the focus group's share, the declaration rate, each relative likelihood with its 95% interval and band, the
/// board's difference from the workforce); one sheet per indicator: indicator 1 by segment and band with the
/// reference, focus and Unknown counts and percentages, each relative likelihood (events, base and likelihood by
/// group, the ratio, its interval, p-value, band, small numbers, years pooled), the staff survey indicators on
/// one sheet, the board; and <c>Data quality</c>. WDES reports say "Metric" and use its groups' labels.</para>
/// <para>Numbers are stored as numbers (unrounded, as in JSON and CSV) with number formats: counts <c>#,##0</c>,
/// percentages and likelihoods <c>0.0%</c>, ratios <c>0.00</c>, p-values <c>0.0000</c>, percentage points
/// <c>0.0</c>; each table's heading row is frozen and its columns sized.</para>
/// <para>The figures are those of <see cref="ReportFormat.Csv"/> with the same options, so disclosure control
/// (<see cref="ReportWriterOptions.Publish"/>) and the comparison (<see cref="ReportWriterOptions.CompareWith"/>:
/// last year's figure and the change beside each headline figure) apply as in every format; a suppressed count is
/// its text (<c>*</c>, <c>&lt;5</c>), and a row of counts holding one shows no percentage, likelihood or
/// difference, which would give it back. A roll-up has an <c>Organisation</c> column first on every table
/// (<c>All organisations</c> for the combined figures).</para>
/// </remarks>
public static class ExcelReportWriter
{
    /// <summary>Writes the report as a workbook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="destination">The stream to write to (left open).</param>
    /// <param name="options">Disclosure control, comparison, data quality only; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Last year's report cannot be compared with this one.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options and the token stay optional in both.")]
    public static void Write(WresReport report, Stream destination, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= new ReportWriterOptions();
        WriteTable(ReportTable.Of(report, options), destination, options);
    }

    /// <summary>Writes a roll-up (the combined report, then each organisation's) as a workbook, with an <c>Organisation</c> column on every table.</summary>
    /// <param name="report">The roll-up.</param>
    /// <param name="destination">The stream to write to (left open).</param>
    /// <param name="options">Disclosure control, comparison, data quality only; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Last year's report cannot be compared with this one.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options and the token stay optional in both.")]
    public static void Write(RollUpReport report, Stream destination, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= new ReportWriterOptions();
        WriteTable(ReportTable.Of(report, options), destination, options);
    }

    /// <summary>Writes the report as a workbook, the bytes to <paramref name="destination"/> asynchronously.</summary>
    /// <param name="report">The report.</param>
    /// <param name="destination">The stream to write to (left open).</param>
    /// <param name="options">Disclosure control, comparison, data quality only; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options and the token stay optional in both.")]
    public static Task WriteAsync(WresReport report, Stream destination, ReportWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(destination);
        var buffer = new MemoryStream();
        Write(report, buffer, options);
        return CopyAsync(buffer, destination, cancellationToken);
    }

    /// <summary>Writes a roll-up as a workbook, the bytes to <paramref name="destination"/> asynchronously.</summary>
    /// <param name="report">The roll-up.</param>
    /// <param name="destination">The stream to write to (left open).</param>
    /// <param name="options">Disclosure control, comparison, data quality only; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a report or a roll-up), so a call is never ambiguous; options and the token stay optional in both.")]
    public static Task WriteAsync(RollUpReport report, Stream destination, ReportWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(destination);
        var buffer = new MemoryStream();
        Write(report, buffer, options);
        return CopyAsync(buffer, destination, cancellationToken);
    }

    private static async Task CopyAsync(MemoryStream buffer, Stream destination, CancellationToken cancellationToken)
    {
        await using (buffer.ConfigureAwait(false))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteTable(ReportTable table, Stream destination, ReportWriterOptions options)
    {
        var sheets = ReportSheets.Build(table, options.DataQualityOnly);
        if (destination.CanSeek)
        {
            WorkbookWriter.Write(sheets, destination);
            return;
        }

        using var buffer = new MemoryStream();
        WorkbookWriter.Write(sheets, buffer);
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }
}
