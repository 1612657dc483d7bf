using Wres.Core.Ethnicity;

namespace Wres.Synthetic.Internal;

/// <summary>The learning management system export: one row per course taken in the year.</summary>
internal static class TrainingFile
{
    public static readonly string[] Header = ["Employee Number", "Course", "Mandatory", "Date"];

    // Courses per person: 0 (35%), 1 (35%), 2 (20%), 3 (10%): about 1.05 rows per person.
    private static readonly Weighted<int> CoursesPerPerson = new((0, 35), (1, 35), (2, 20), (3, 10));

    // The chance that a course is non-mandatory (CPD), by group: about 40% overall, less often for BME staff.
    private const double NonMandatoryWhite = 0.42;
    private const double NonMandatoryBme = 0.35;
    private const double NonMandatoryUnknown = 0.38;

    /// <summary>Rows writing Yes/No in full; the rest write Y/N.</summary>
    private const double LongYesNo = 0.6;

    /// <summary>The rows, without the deliberate bad one.</summary>
    public static IEnumerable<string[]> Rows(TrustPlan plan, bool reuse)
    {
        var row = new string[Header.Length];
        for (var i = 0; i < plan.StaffCount; i++)
        {
            var person = People.Get(plan, i);
            var random = Prng.For(plan.Seed, RandomStream.Training, i);
            var courses = CoursesPerPerson.Pick(ref random);
            if (courses == 0)
            {
                continue;
            }

            var employee = People.EmployeeNumber(i);
            var nonMandatory = person.Ethnicity switch
            {
                EthnicGroup.White => NonMandatoryWhite,
                EthnicGroup.Bme => NonMandatoryBme,
                _ => NonMandatoryUnknown,
            };
            for (var c = 0; c < courses; c++)
            {
                if (!reuse)
                {
                    row = new string[Header.Length];
                }

                var optional = random.Chance(nonMandatory);
                var list = optional ? EsrText.NonMandatoryCourses : EsrText.MandatoryCourses;
                var longForm = random.Chance(LongYesNo);
                row[0] = employee;
                row[1] = list[random.Next(list.Length)];
                row[2] = optional ? (longForm ? EsrText.No : EsrText.N) : (longForm ? EsrText.Yes : EsrText.Y);
                row[3] = plan.Dates.Draw(ref random, blank: 0.01, outside: 0.01, uk: 0.03);
                yield return row;
            }
        }
    }
}
