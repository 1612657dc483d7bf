using System.Text.Json;
using Wres.Reporting.Contract;
using Wres.Reporting.Writers;

namespace Wres.Reporting;

/// <summary>
/// Last year's pay gap report, read back from its JSON (<c>wres paygap --format json</c>) for <c>--compare-with</c>:
/// the four headline gaps of each comparison, matched by characteristic, reference and focus group.
/// </summary>
public sealed class PreviousPayGaps
{
    private readonly PayGapsReportDto _report;

    private PreviousPayGaps(PayGapsReportDto report) => _report = report;

    /// <summary>The snapshot date of last year's report, as written (<c>2025-03-31</c>).</summary>
    public string Snapshot => _report.Snapshot ?? string.Empty;

    /// <summary>Reads last year's report.</summary>
    /// <param name="json">The report's JSON.</param>
    /// <returns>The report.</returns>
    /// <exception cref="FormatException">The stream is not a pay gap report (<c>wres-report/1</c> with a <c>payGaps</c> section).</exception>
    public static PreviousPayGaps Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        PayGapsReportDto? report;
        try
        {
            report = JsonSerializer.Deserialize(json, PayGapJsonContext.Default.PayGapsReportDto);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a JSON pay gap report ({e.Message}).", e);
        }

        return report is { Schema: PayGapJsonBuilder.Schema, PayGaps: not null }
            ? new PreviousPayGaps(report)
            : throw new FormatException("not a pay gap report: it has no wres-report/1 schema and payGaps section (write it with wres paygap --format json).");
    }

    /// <summary>An organisation's part of a roll-up, or <see langword="null"/>.</summary>
    internal PreviousPayGaps? For(string? organisation)
    {
        if (_report.Organisations is null || organisation is null)
        {
            return null;
        }

        foreach (var entry in _report.Organisations)
        {
            if (string.Equals(entry.Organisation, organisation, StringComparison.Ordinal))
            {
                return new PreviousPayGaps(entry);
            }
        }

        return null;
    }

    /// <summary>Last year's gaps of the same comparison, or <see langword="null"/>.</summary>
    internal PayGapChangeDto? Find(PayGapDto now)
    {
        foreach (var gap in _report.PayGaps!)
        {
            if (gap.Characteristic == now.Characteristic && gap.Reference == now.Reference && gap.Focus == now.Focus)
            {
                return new PayGapChangeDto { MeanHourlyGap = gap.MeanHourlyGap, MedianHourlyGap = gap.MedianHourlyGap, MeanBonusGap = gap.MeanBonusGap, MedianBonusGap = gap.MedianBonusGap };
            }
        }

        return null;
    }
}
