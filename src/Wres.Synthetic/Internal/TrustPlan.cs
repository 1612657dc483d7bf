using System.Globalization;
using Wres.Core;

namespace Wres.Synthetic.Internal;

/// <summary>An immutable, checked copy of <see cref="SyntheticTrustOptions"/> with what every file derives from it.</summary>
internal sealed class TrustPlan
{
    /// <summary>The share of last year's staff who left during the year (they appear in last year's staff only).</summary>
    private const double LeaverShare = 0.05;

    private TrustPlan(SyntheticTrustOptions options)
    {
        StaffCount = options.StaffCount;
        Seed = options.Seed;
        YearEnd = options.YearEnd;
        IncludeBadRows = options.IncludeBadRows;
        IncludePreviousYear = options.IncludePreviousYear;
        IncludePay = options.IncludePay;
        var code = options.Organisation.Trim();
        Organisations = options.Organisations == 1
            ? [code]
            : [.. Enumerable.Range(1, options.Organisations).Select(n => code + n.ToString("00", CultureInfo.InvariantCulture))];
        LeaverCount = (int)Math.Round(StaffCount * LeaverShare, MidpointRounding.AwayFromZero);
        Year = ReportingYear.EndingIn(YearEnd);
        PreviousYear = Year.Previous;
        Dates = new DateTable(Year);
        PreviousDates = new DateTable(PreviousYear);
    }

    public int StaffCount { get; }

    public int Seed { get; }

    public int YearEnd { get; }

    public bool IncludeBadRows { get; }

    public bool IncludePreviousYear { get; }

    public bool IncludePay { get; }

    /// <summary>The organisation codes.</summary>
    public string[] Organisations { get; }

    /// <summary>People in last year's staff who left during the current year: indexes <see cref="StaffCount"/> onwards.</summary>
    public int LeaverCount { get; }

    public ReportingYear Year { get; }

    public ReportingYear PreviousYear { get; }

    public DateTable Dates { get; }

    public DateTable PreviousDates { get; }

    /// <summary>Checks and copies the options.</summary>
    public static TrustPlan From(SyntheticTrustOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.StaffCount is < 1 or > SyntheticTrustOptions.MaximumStaffCount)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.StaffCount,
                $"StaffCount must be between 1 and {SyntheticTrustOptions.MaximumStaffCount.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (options.YearEnd is < 1902 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.YearEnd, "YearEnd must be between 1902 and 9998.");
        }

        if (options.Organisations is < 1 or > SyntheticTrustOptions.MaximumOrganisations)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Organisations,
                $"Organisations must be between 1 and {SyntheticTrustOptions.MaximumOrganisations.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (string.IsNullOrWhiteSpace(options.Organisation))
        {
            throw new ArgumentException("Organisation must not be blank.", nameof(options));
        }

        return new TrustPlan(options);
    }
}
