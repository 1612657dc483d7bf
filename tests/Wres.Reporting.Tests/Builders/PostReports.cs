using NodaTime;
using Wres.Core;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.RollUp;
using Wres.Core.Recruitment;
using Wres.Core.Workforce;

namespace Wres.Reporting.Tests.Builders;

/// <summary>
/// Reports whose recruitment input has the posts' pay bands and staff groups (issue 11), in numbers a test can rely on:
/// <list type="bullet">
/// <item>Band 5, nursing: White 10 of 75 appointed (50 White British, 25 White other), BME 12 of 225 (100 Indian, 25
/// Chinese, 100 African), Unknown 1 of 2: the rules page's reference, ratio 2.5, 95% CI 1.1262 to 5.5499.</item>
/// <item>Band 8a, administrative and clerical: White Irish 2 of 6, Mixed 0 of 4 (no ratio: no BME applicant appointed).</item>
/// <item>Consultants, medical and dental: Black Caribbean 1 of 3, no White applicant shortlisted (no ratio).</item>
/// <item>Neither band nor staff group: White British 1 of 1 ("Not recognised or blank").</item>
/// </list>
/// For the WDES the same applications are non-disabled (White) and disabled (BME).
/// </summary>
internal static class PostReports
{
    private static readonly LocalDate InYear = new(2025, 10, 1);

    public static WresReport Report(EqualityStandard standard = EqualityStandard.Wres) =>
        new WresCalculator().Calculate(new WresDataset { Applications = Applications(standard, "") }, Reports.Year, standard, Reports.Organisation);

    /// <summary>Two organisations with the same applications each.</summary>
    public static RollUpReport RollUp(EqualityStandard standard = EqualityStandard.Wres)
    {
        var rollUp = new WresCalculator().CreateRollUp(Reports.Year, standard);
        rollUp.For("RXA").AddApplications(Applications(standard, "A"));
        rollUp.For("RXB").AddApplications(Applications(standard, "B"));
        return rollUp.ToReport("Example Integrated Care System");
    }

    /// <summary>Applications without a post: no breakdown by band or staff group.</summary>
    public static WresReport WithoutPosts() =>
        new WresCalculator().Calculate(
            new WresDataset { Applications = [.. Applications(EqualityStandard.Wres, "").Select(a => a with { Grade = null, StaffGroup = null })] },
            Reports.Year,
            EqualityStandard.Wres,
            Reports.Organisation);

    private static List<JobApplication> Applications(EqualityStandard standard, string prefix)
    {
        var wdes = standard == EqualityStandard.Wdes;
        var nursing = StaffGroup.NursingAndMidwiferyRegistered;
        var list = new List<JobApplication>();
        void Add(EthnicCategory? ethnicity, Grade? grade, StaffGroup? group, int shortlisted, int appointed)
        {
            var disability = !wdes || ethnicity is null || ethnicity.Group == EthnicGroup.Unknown ? DisabilityGroup.Unknown
                : ethnicity.Group == EthnicGroup.White ? DisabilityGroup.NonDisabled : DisabilityGroup.Disabled;
            for (var i = 0; i < shortlisted; i++)
            {
                list.Add(new JobApplication
                {
                    ApplicationId = $"{prefix}{list.Count}",
                    EthnicOrigin = ethnicity,
                    Disability = disability,
                    Shortlisted = true,
                    Appointed = i < appointed,
                    Date = InYear,
                    Grade = grade,
                    StaffGroup = group,
                });
            }
        }

        Add(EthnicCategory.WhiteBritish, Grade.Band5, nursing, 50, 6);
        Add(EthnicCategory.Parse("C2"), Grade.Band5, nursing, 25, 4);
        Add(EthnicCategory.AsianIndian, Grade.Band5, nursing, 100, 5);
        Add(EthnicCategory.Chinese, Grade.Band5, nursing, 25, 3);
        Add(EthnicCategory.BlackAfrican, Grade.Band5, nursing, 100, 4);
        Add(EthnicCategory.NotStated, Grade.Band5, nursing, 2, 1);
        Add(EthnicCategory.WhiteIrish, Grade.Band8A, StaffGroup.AdministrativeAndClerical, 6, 2);
        Add(EthnicCategory.MixedOther, Grade.Band8A, StaffGroup.AdministrativeAndClerical, 4, 0);
        Add(EthnicCategory.BlackCaribbean, Grade.Consultant, StaffGroup.MedicalAndDental, 3, 1);
        Add(EthnicCategory.WhiteBritish, null, null, 1, 1);
        return list;
    }
}
