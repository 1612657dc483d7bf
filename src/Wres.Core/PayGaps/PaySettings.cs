using FluentValidation;
using NodaTime;
using Wres.Core.Validation;

namespace Wres.Core.PayGaps;

/// <summary>An immutable copy of the pay gap options, taken when a calculator is created.</summary>
internal sealed class PaySettings
{
    private PaySettings(PayGapOptions options, int maxIssuesPerSource)
    {
        EthnicityBasis = options.EthnicityBasis;
        DefaultPayPeriodDays = options.DefaultPayPeriodDays;
        SuppressionThreshold = options.SuppressionThreshold;
        MaxIssuesPerSource = maxIssuesPerSource;
    }

    /// <summary>The defaults, valid by construction (a test checks it).</summary>
    public static PaySettings Default { get; } = new(new PayGapOptions(), WresOptions.DefaultMaxIssuesPerSource);

    public EthnicityPayGapBasis EthnicityBasis { get; }

    public int? DefaultPayPeriodDays { get; }

    public int SuppressionThreshold { get; }

    public int MaxIssuesPerSource { get; }

    /// <summary>Validates and copies the options.</summary>
    public static PaySettings From(WresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        WresOptionsValidator.Shared.ValidateAndThrow(options);
        return new PaySettings(options.PayGaps, options.MaxIssuesPerSource);
    }

    /// <summary>The days in the pay period of a row that gives none: the option, else the days of the snapshot's month.</summary>
    public int PayPeriodDaysFor(LocalDate snapshot) =>
        DefaultPayPeriodDays ?? snapshot.Calendar.GetDaysInMonth(snapshot.Year, snapshot.Month);

    /// <summary>Whether two accumulators computed with these settings can be merged.</summary>
    public bool SameRules(PaySettings other) =>
        EthnicityBasis == other.EthnicityBasis
        && DefaultPayPeriodDays == other.DefaultPayPeriodDays
        && SuppressionThreshold == other.SuppressionThreshold;
}
