using NodaTime;
using Wres.Core.Workforce;

namespace Wres.Core.PayGaps;

/// <summary>
/// Computes pay gap reports (sex, ethnicity and disability) from typed pay rows, by the rules of the gender
/// pay gap regulations (SI 2017/172, SI 2017/353), which the NHS EDI Improvement Plan and the government's
/// ethnicity pay reporting guidance apply to race and disability. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Who counts.</b> People, not assignments: a person's rows in scope are summed (ordinary pay,
/// bonuses and weekly hours; hourly pay from the sums; rows that give only <c>Hourly Rate</c> are averaged,
/// weighted by <c>Weekly Hours</c> when every row gives them). A person is on full pay only if every row says
/// so; a row not on full pay still counts for the bonus measures. Bank workers count; honorary assignments
/// do not. A person's ethnicity, disability, sex and band are the first their rows give; ethnicity and
/// disability fall back to the staff data by employee number.</para>
/// <para><b>Hourly pay</b> is <c>(ordinary pay + bonus in period) × 7 ÷ pay period days ÷ weekly hours</c>,
/// or the row's <c>Hourly Rate</c> when given. The measures, quartiles, groups and suppression are described
/// on <see cref="PayGapResult"/> and <see cref="PayQuartile"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var report = new PayGapCalculator().Calculate(pay, new LocalDate(2026, 3, 31), staff);
/// var sex = report.Gaps[0];
/// Console.WriteLine($"Mean gender pay gap: {sex.MeanHourlyGap.Percent:0.0}%");
/// </code>
/// </example>
public sealed class PayGapCalculator
{
    private readonly PaySettings _settings;

    /// <summary>Creates a calculator with the default options.</summary>
    public PayGapCalculator()
        : this(PaySettings.Default)
    {
    }

    /// <summary>Creates a calculator from <see cref="WresOptions.PayGaps"/> and <see cref="WresOptions.MaxIssuesPerSource"/>; the options are validated and copied.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="FluentValidation.ValidationException">The options are invalid.</exception>
    public PayGapCalculator(WresOptions options)
        : this(PaySettings.From(options))
    {
    }

    private PayGapCalculator(PaySettings settings) => _settings = settings;

    /// <summary>Computes the report from pay rows and, optionally, staff rows.</summary>
    /// <param name="pay">The pay rows.</param>
    /// <param name="snapshot">The snapshot date (31 March under the regulations).</param>
    /// <param name="staff">Staff rows for the ethnicity and disability the pay rows leave blank, if any.</param>
    /// <param name="organisation">The organisation's name for the report, if any.</param>
    /// <returns>The report.</returns>
    public PayGapReport Calculate(IEnumerable<PayRecord> pay, LocalDate snapshot, IEnumerable<StaffAssignment>? staff = null, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(pay);
        using var accumulator = CreateAccumulator(snapshot);
        accumulator.AddPay(pay);
        if (staff is not null)
        {
            accumulator.AddStaff(staff);
        }

        return accumulator.ToReport(organisation);
    }

    /// <summary>Creates an empty accumulator whose findings name the given source (the pay file's name) rather than <c>pay</c>.</summary>
    /// <param name="snapshot">The snapshot date.</param>
    /// <param name="source">The source's name, for the data-quality report.</param>
    /// <returns>The accumulator; dispose it when done.</returns>
    public PayGapAccumulator CreateAccumulator(LocalDate snapshot, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return new(_settings, snapshot, source);
    }

    /// <summary>Starts an accumulator, to add rows part by part and merge.</summary>
    /// <param name="snapshot">The snapshot date (31 March under the regulations).</param>
    /// <returns>An empty accumulator.</returns>
    public PayGapAccumulator CreateAccumulator(LocalDate snapshot) => new(_settings, snapshot);
}
