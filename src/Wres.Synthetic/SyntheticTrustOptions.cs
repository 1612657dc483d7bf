namespace Wres.Synthetic;

/// <summary>What synthetic trust to generate. The same options always give the same data, byte for byte.</summary>
/// <remarks>
/// The generators copy the options when called, so changing an instance afterwards does not affect rows
/// already being streamed.
/// </remarks>
public sealed class SyntheticTrustOptions
{
    /// <summary>The most people a trust can have (employee numbers stay eight digits).</summary>
    public const int MaximumStaffCount = 50_000_000;

    /// <summary>The most organisations a trust can be split into (codes end <c>01</c> to <c>99</c>).</summary>
    public const int MaximumOrganisations = 99;

    /// <summary>
    /// The number of people in post at the snapshot date (people, not assignments: about 8% hold a second
    /// assignment). <b>Default</b> 3000; 1 to <see cref="MaximumStaffCount"/>. The deliberate bad rows sit
    /// at fixed positions from 100 people up.
    /// </summary>
    public int StaffCount { get; set; } = 3000;

    /// <summary>The seed every random draw derives from. <b>Default</b> 20260331.</summary>
    public int Seed { get; set; } = 20260331;

    /// <summary>
    /// The calendar year the reporting year ends in: the year runs from 1 April of the year before to
    /// 31 March of this year, which is also the snapshot date. <b>Default</b> 2026 (the year 2025/26).
    /// </summary>
    public int YearEnd { get; set; } = 2026;

    /// <summary>
    /// The organisation code. <b>Default</b> <c>RXX</c>. With <see cref="Organisations"/> above 1 the
    /// organisations are this code followed by <c>01</c>, <c>02</c>, … (<c>RXX01</c>, <c>RXX02</c>).
    /// </summary>
    public string Organisation { get; set; } = "RXX";

    /// <summary>The number of organisations people and vacancies are spread over. <b>Default</b> 1.</summary>
    public int Organisations { get; set; } = 1;

    /// <summary>
    /// Whether the CSV rows include the handful of deliberately bad rows (see <see cref="SyntheticTrust"/>
    /// for their exact positions and values). <b>Default</b> <see langword="true"/>. Never in
    /// <see cref="SyntheticTrust.ToDataset(SyntheticTrustOptions)"/>.
    /// </summary>
    public bool IncludeBadRows { get; set; } = true;

    /// <summary>
    /// Whether <see cref="SyntheticTrust.WriteCsv(SyntheticTrustOptions, string)"/> writes, and
    /// <see cref="SyntheticTrust.ToDataset(SyntheticTrustOptions)"/> fills, last year's staff and
    /// disciplinary data. <b>Default</b> <see langword="true"/>.
    /// </summary>
    public bool IncludePreviousYear { get; set; } = true;

    /// <summary>
    /// Whether <see cref="SyntheticTrust.WriteCsv(SyntheticTrustOptions, string)"/> also writes the pay file,
    /// <c>pay.csv</c> (see <see cref="SyntheticTrust.PayRows(SyntheticTrustOptions)"/>). <b>Default</b>
    /// <see langword="false"/>, so that the default files stay the eight the tool ships as its sample.
    /// <see cref="SyntheticTrust.PayRows(SyntheticTrustOptions)"/> and
    /// <see cref="SyntheticTrust.ToPayRecords(SyntheticTrustOptions)"/> give the pay rows whatever it says.
    /// </summary>
    public bool IncludePay { get; set; }
}
