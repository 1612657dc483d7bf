using Wres.Core;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Recruitment;
using Wres.Core.Workforce;

namespace Wres.Reporting.Tests.Builders;

/// <summary>
/// Two years of a small trust whose figures a comparison test can rely on, and last year's reports read back as a
/// <see cref="PreviousReport"/> the way <c>--compare-with</c> reads them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>This year (2025/26): 739 White and 261 BME (or Non-disabled and Disabled) clinical Band 5 staff, so BME
/// 26.1%; indicator 2: White 30 of 100 appointed, BME 20 of 100 (ratio 1.50, 95% interval about 0.92 to
/// 2.45).</item>
/// <item>Last year (2024/25): 760 and 240, so BME 24.0%; indicator 2: White 24 of 100, BME 20 of 100 (ratio 1.20,
/// about 0.71 to 2.03). The two intervals overlap.</item>
/// </list>
/// </remarks>
internal static class YearPair
{
    public static readonly ReportingYear LastYear = ReportingYear.EndingIn(2025);

    public static WresReport ThisYearReport(EqualityStandard standard = EqualityStandard.Wres) =>
        Trust(Reports.Year, standard, white: 739, bme: 261, whiteAppointed: 30, bmeAppointed: 20);

    public static WresReport LastYearReport(EqualityStandard standard = EqualityStandard.Wres) =>
        Trust(LastYear, standard, white: 760, bme: 240, whiteAppointed: 24, bmeAppointed: 20);

    /// <summary>Last year's report as <c>--compare-with</c> reads it: written as JSON, then parsed.</summary>
    public static PreviousReport Previous(EqualityStandard standard = EqualityStandard.Wres) => Read(LastYearReport(standard));

    /// <summary>A report written as JSON (with <paramref name="options"/>) and read back.</summary>
    public static PreviousReport Read(WresReport report, ReportWriterOptions? options = null) =>
        PreviousReport.Parse(Schemas.Json(report, options));

    /// <summary>
    /// A report written as JSON with its period moved back a year (2025/26 becomes 2024/25), so it can stand for last
    /// year's report of the same trust: every change is then zero.
    /// </summary>
    public static string AsLastYearJson(WresReport report, ReportWriterOptions? options = null) =>
        Schemas.Json(report, options)
            .Replace("\"2025-04-01\"", "\"2024-04-01\"", StringComparison.Ordinal)
            .Replace("\"2026-03-31\"", "\"2025-03-31\"", StringComparison.Ordinal)
            .Replace("\"2025/26\"", "\"2024/25\"", StringComparison.Ordinal);

    public static ReportWriterOptions ComparedWith(PreviousReport previous) => new() { CompareWith = previous };

    /// <summary>A trust with clinical Band 5 staff and 100 shortlisted applicants in each group.</summary>
    public static WresReport Trust(ReportingYear year, EqualityStandard standard, int white, int bme, int whiteAppointed, int bmeAppointed)
    {
        var wdes = standard == EqualityStandard.Wdes;
        var staff = new List<StaffAssignment>();
        var applications = new List<JobApplication>();
        Add("W", EthnicCategory.WhiteBritish, DisabilityGroup.NonDisabled, white, whiteAppointed);
        Add("B", EthnicCategory.BlackAfrican, DisabilityGroup.Disabled, bme, bmeAppointed);
        return new WresCalculator().Calculate(new WresDataset { Staff = staff, Applications = applications }, year, standard, Reports.Organisation);

        void Add(string prefix, EthnicCategory ethnicity, DisabilityGroup disability, int people, int appointed)
        {
            for (var i = 0; i < people; i++)
            {
                staff.Add(new StaffAssignment
                {
                    EmployeeNumber = $"{prefix}{i}",
                    EthnicOrigin = wdes ? EthnicCategory.WhiteBritish : ethnicity,
                    Disability = wdes ? disability : DisabilityGroup.Unknown,
                    StaffGroup = StaffGroup.NursingAndMidwiferyRegistered,
                    Grade = Grade.Band5,
                    Fte = 1.0m,
                });
            }

            for (var i = 0; i < 100; i++)
            {
                applications.Add(new JobApplication
                {
                    ApplicationId = $"{prefix}-{i}",
                    EthnicOrigin = wdes ? EthnicCategory.WhiteBritish : ethnicity,
                    Disability = wdes ? disability : DisabilityGroup.Unknown,
                    Shortlisted = true,
                    Appointed = i < appointed,
                    Date = year.Start.PlusMonths(6),
                });
            }
        }
    }
}
