using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.PayGaps;

/// <summary>
/// One row of the pay file: a person's (or one assignment's) pay in the pay period that holds the snapshot
/// date, and their bonus pay in the twelve months ending on it. A person may have several rows; the pay gap
/// counts people, so their rows are summed.
/// </summary>
/// <remarks>
/// <para>Hourly pay is <see cref="HourlyRate"/> when it is given; otherwise
/// <c>(OrdinaryPay + BonusInPeriod) × 7 ÷ PayPeriodDays ÷ WeeklyHours</c>. A row with
/// <see cref="FullPay"/> <see langword="false"/> needs neither: it counts for the bonus measures only.</para>
/// <para>A data carrier: <see cref="PayRecordValidator"/> judges it. A negative amount, a full-pay row
/// that gives no way to compute hourly pay, and hours or a pay period of 0 are rejected with stable codes;
/// an honorary assignment is set aside by <see cref="Validation.ExclusionRule.HonoraryAssignment"/>.</para>
/// </remarks>
public sealed record PayRecord
{
    /// <summary>The person's ESR employee number: the key that joins their rows, and the staff data.</summary>
    public required string EmployeeNumber { get; init; }

    /// <summary>
    /// Whether the person was paid in full in the pay period; <see langword="false"/> when paid at a reduced
    /// rate or nil because of leave (sick, maternity, paternity, adoption, shared parental, special, unpaid).
    /// </summary>
    public required bool FullPay { get; init; }

    /// <summary>Hourly pay computed upstream; when given it wins over the amounts. 0 (nil pay) is valid.</summary>
    public decimal? HourlyRate { get; init; }

    /// <summary>Ordinary pay in the pay period: basic pay, allowances, pay for leave and shift premium (never overtime, redundancy or pay in lieu of leave).</summary>
    public decimal? OrdinaryPay { get; init; }

    /// <summary>Weekly working hours; with <see cref="HourlyRate"/> they weight the person's rates.</summary>
    public decimal? WeeklyHours { get; init; }

    /// <summary>Days in the pay period; <see langword="null"/> takes <see cref="PayGapOptions.DefaultPayPeriodDays"/>.</summary>
    public int? PayPeriodDays { get; init; }

    /// <summary>Bonus pay already pro-rated to the pay period, counted in hourly pay; <see langword="null"/> is none.</summary>
    public decimal? BonusInPeriod { get; init; }

    /// <summary>Bonus pay in the twelve months ending on the snapshot date; <see langword="null"/> or 0 is none.</summary>
    public decimal? Bonus12Months { get; init; }

    /// <summary>The ethnic category; <see langword="null"/> when the row has none (the staff data is used, by employee number).</summary>
    public EthnicCategory? EthnicOrigin { get; init; }

    /// <summary>The declared disability; <see langword="null"/> when the row has none (the staff data is used, by employee number).</summary>
    public DisabilityGroup? Disability { get; init; }

    /// <summary>The person's sex; <see cref="Sex.Unknown"/> when not recorded.</summary>
    public Sex Sex { get; init; }

    /// <summary>The pay band or medical grade, for the breakdown by band; <see langword="null"/> when not given.</summary>
    public Grade? Grade { get; init; }

    /// <summary>The assignment category; <b>Default</b> <see cref="AssignmentCategory.Permanent"/>. Honorary rows are set aside; bank rows count.</summary>
    public AssignmentCategory Category { get; init; } = AssignmentCategory.Permanent;

    /// <summary>The organisation code, for roll-ups across organisations.</summary>
    public string? Organisation { get; init; }
}
