using NodaTime;
using Wres.Core.PayGaps;

namespace Wres.Core.Tests.PayGaps;

/// <summary>Calculators with chosen options, and the comparisons of a report picked by characteristic.</summary>
internal static class PayGapTesting
{
    public static readonly LocalDate Snapshot = new(2026, 3, 31);

    public static PayGapCalculator Calculator(
        int threshold = PayGapOptions.DefaultSuppressionThreshold,
        EthnicityPayGapBasis basis = EthnicityPayGapBasis.WhiteAndBme,
        int? days = null)
    {
        var options = new WresOptions();
        options.PayGaps.SuppressionThreshold = threshold;
        options.PayGaps.EthnicityBasis = basis;
        options.PayGaps.DefaultPayPeriodDays = days;
        return new PayGapCalculator(options);
    }

    public static PayGapReport Report(IEnumerable<PayRecord> rows, int threshold = PayGapOptions.DefaultSuppressionThreshold) =>
        Calculator(threshold).Calculate(rows.ToList(), Snapshot);

    public static PayGapResult Sex(this PayGapReport report) => report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Sex);

    public static PayGapResult Ethnicity(this PayGapReport report) => report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Ethnicity);

    public static PayGapResult Disability(this PayGapReport report) => report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Disability);
}
