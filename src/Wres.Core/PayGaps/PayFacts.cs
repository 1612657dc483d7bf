using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.PayGaps;

/// <summary>
/// The parsed and classified values of one pay row, for <see cref="PayGapAccumulator.AddPay(ReadOnlySpan{byte}, in PayFacts, int)"/>:
/// what a reader has made of the row's cells. The employee number is passed beside it as UTF-8 bytes. The same fields,
/// with the same meaning, as <see cref="PayRecord"/>.
/// </summary>
/// <remarks>A value type passed by reference, so that adding a row allocates nothing.</remarks>
public readonly struct PayFacts
{
    /// <summary>Whether the person was paid in full in the pay period (not at a reduced rate or nil because of leave).</summary>
    public required bool FullPay { get; init; }

    /// <summary>Hourly pay computed upstream; when given it wins over the amounts.</summary>
    public decimal? HourlyRate { get; init; }

    /// <summary>Ordinary pay in the pay period.</summary>
    public decimal? OrdinaryPay { get; init; }

    /// <summary>Weekly working hours.</summary>
    public decimal? WeeklyHours { get; init; }

    /// <summary>Days in the pay period; <see langword="null"/> takes <see cref="PayGapOptions.DefaultPayPeriodDays"/>.</summary>
    public int? PayPeriodDays { get; init; }

    /// <summary>Bonus pay already pro-rated to the pay period; <see langword="null"/> is none.</summary>
    public decimal? BonusInPeriod { get; init; }

    /// <summary>Bonus pay in the twelve months ending on the snapshot date; <see langword="null"/> or 0 is none.</summary>
    public decimal? Bonus12Months { get; init; }

    /// <summary>The ethnic category; <see langword="null"/> when the row gives none (the staff data decides), <see cref="EthnicCategory.NotKnown"/> for a value that does not classify.</summary>
    public EthnicCategory? EthnicOrigin { get; init; }

    /// <summary>The declared disability; <see langword="null"/> when the row gives none (the staff data decides).</summary>
    public DisabilityGroup? Disability { get; init; }

    /// <summary>The person's sex; <see cref="Sex.Unknown"/> when not recorded.</summary>
    public Sex Sex { get; init; }

    /// <summary>The pay band or medical grade, for the breakdown by band; <see langword="null"/> when not given.</summary>
    public Grade? Grade { get; init; }

    /// <summary>The assignment category; <see cref="AssignmentCategory.Unknown"/> (the default value) is taken as <see cref="AssignmentCategory.Permanent"/>. Honorary rows are set aside.</summary>
    public AssignmentCategory Category { get; init; }

    /// <summary>The facts of a typed record.</summary>
    internal static PayFacts Of(PayRecord record) => new()
    {
        FullPay = record.FullPay,
        HourlyRate = record.HourlyRate,
        OrdinaryPay = record.OrdinaryPay,
        WeeklyHours = record.WeeklyHours,
        PayPeriodDays = record.PayPeriodDays,
        BonusInPeriod = record.BonusInPeriod,
        Bonus12Months = record.Bonus12Months,
        EthnicOrigin = record.EthnicOrigin,
        Disability = record.Disability,
        Sex = record.Sex,
        Grade = record.Grade,
        Category = record.Category,
    };
}
