using NodaTime;
using Wres.Core.Validation;

namespace Wres.Core.PayGaps;

/// <summary>
/// The pay gaps by sex, ethnicity and disability at one snapshot date, and the data quality of the pay
/// file. Immutable; numbers are unrounded.
/// </summary>
public sealed class PayGapReport
{
    internal PayGapReport()
    {
    }

    /// <summary>The snapshot date (31 March under the regulations).</summary>
    public LocalDate Snapshot { get; internal init; }

    /// <summary>The organisation's name, when given.</summary>
    public string? Organisation { get; internal init; }

    /// <summary>The ethnic groups compared.</summary>
    public EthnicityPayGapBasis EthnicityBasis { get; internal init; }

    /// <summary>The group size below which measures were suppressed.</summary>
    public int SuppressionThreshold { get; internal init; }

    /// <summary>The days in the pay period of rows that left <c>Pay Period Days</c> blank.</summary>
    public int DefaultPayPeriodDays { get; internal init; }

    /// <summary>Whether staff data was supplied for ethnicity and disability missing from the pay rows.</summary>
    public bool StaffProvided { get; internal init; }

    /// <summary>Relevant employees: people with an in-scope pay row.</summary>
    public int RelevantEmployees { get; internal init; }

    /// <summary>Full-pay relevant employees: relevant employees whose every row says <c>Full Pay</c> Yes.</summary>
    public int FullPayRelevantEmployees { get; internal init; }

    /// <summary>
    /// One result per comparison: sex first, then ethnicity (one comparison, or six with
    /// <see cref="EthnicityPayGapBasis.DetailedGroups"/>), then disability.
    /// </summary>
    public IReadOnlyList<PayGapResult> Gaps { get; internal init; } = [];

    /// <summary>Row reconciliation and findings for the pay rows (source <c>pay</c>).</summary>
    public DataQualityReport DataQuality { get; internal init; } = null!;
}
