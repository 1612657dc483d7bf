using System.Globalization;
using Wres.Core.Ethnicity;

namespace Wres.Synthetic.Internal;

/// <summary>The recruitment system export: one row per application, about two per person in post.</summary>
internal static class RecruitmentFile
{
    public static readonly string[] Header =
    [
        "Application Id", "Ethnic Origin", "Shortlisted", "Appointed", "Date", "Vacancy Reference", "Staff Group",
        "Pay Band", "Disability", "Organisation",
    ];

    /// <summary>Applications per person in post.</summary>
    public const int ApplicationsPerPerson = 2;

    /// <summary>Applications per vacancy, on average.</summary>
    private const int ApplicationsPerVacancy = 18;

    // Shortlisting and appointment by group. About 25% of applications are shortlisted and about 25% of
    // those appointed; White shortlisted applicants are about 1.4 times as likely to be appointed.
    private const double ShortlistedWhite = 0.27;
    private const double ShortlistedBme = 0.22;
    private const double ShortlistedUnknown = 0.25;
    private const double AppointedWhite = 0.28;
    private const double AppointedBme = 0.20;
    private const double AppointedUnknown = 0.24;

    /// <summary>The rows, without the deliberate bad ones.</summary>
    public static IEnumerable<string[]> Rows(TrustPlan plan, bool reuse)
    {
        var random = Prng.For(plan.Seed, RandomStream.Recruitment, 0);
        var applications = (long)plan.StaffCount * ApplicationsPerPerson;
        var vacancies = (int)Math.Max(1, applications / ApplicationsPerVacancy);
        var row = new string[Header.Length];
        for (long a = 0; a < applications; a++)
        {
            if (!reuse)
            {
                row = new string[Header.Length];
            }

            var vacancy = random.Next(vacancies);
            var post = Prng.For(plan.Seed, RandomStream.Vacancy, vacancy);
            var group = StaffGroupSpec.All.Pick(ref post);
            var band = group.Bands.Pick(ref post);
            var organisation = plan.Organisations[post.Next(plan.Organisations.Length)];
            var applicantBme = Math.Min(0.85, 0.12 + (1.1 * Math.Min(0.95, group.BmeShare * band.BmeFactor)));

            var ethnicOrigin = EthnicityText.Applicants.Draw(ref random, applicantBme, out var ethnicity);
            var shortlisted = random.Chance(ethnicity switch
            {
                EthnicGroup.White => ShortlistedWhite,
                EthnicGroup.Bme => ShortlistedBme,
                _ => ShortlistedUnknown,
            });
            var appointed = random.Chance(ethnicity switch
            {
                EthnicGroup.White => AppointedWhite,
                EthnicGroup.Bme => AppointedBme,
                _ => AppointedUnknown,
            }) && shortlisted;

            row[0] = ApplicationId(a);
            row[1] = ethnicOrigin;
            row[2] = shortlisted ? EsrText.Yes : EsrText.No;
            row[3] = appointed ? EsrText.Yes : EsrText.No;
            row[4] = plan.Dates.Draw(ref random, blank: 0.0, outside: 0.01, uk: 0.03);
            row[5] = string.Create(CultureInfo.InvariantCulture, $"{organisation}-{vacancy + 1:D6}");
            row[6] = group.Name;
            row[7] = band.Text;
            row[8] = EsrText.ApplicantDisability.Pick(ref random);
            row[9] = organisation;
            yield return row;
        }
    }

    private static string ApplicationId(long index) =>
        string.Create(CultureInfo.InvariantCulture, $"APP{index + 1:D7}");
}
