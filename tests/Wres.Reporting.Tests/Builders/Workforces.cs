using NodaTime;
using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Recruitment;
using Wres.Core.RollUp;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Workforce;

namespace Wres.Reporting.Tests.Builders;

/// <summary>
/// Random workforces and datasets for the disclosure properties, from a seed: small groups everywhere (counts from 0
/// to 9 in most cells, a few larger), one assignment, one case and one course per person (so rows counted equal the
/// counts, the tightest bounds a reader can get), a single year (so indicators 3 and 4 count against the workforce's
/// headcount exactly), every input of the standard. A roll-up has two or three organisations with every staff member
/// in one of them; the board and the survey belong to the whole.
/// </summary>
internal static class Workforces
{
    private static readonly LocalDate InYear = new(2025, 10, 1);

    private static readonly (StaffGroup Group, Grade Grade)[] Posts =
    [
        (StaffGroup.AdministrativeAndClerical, Grade.Band1), (StaffGroup.AdministrativeAndClerical, Grade.Band2),
        (StaffGroup.AdministrativeAndClerical, Grade.Band4), (StaffGroup.AdministrativeAndClerical, Grade.Band8A),
        (StaffGroup.AdministrativeAndClerical, Grade.Band9), (StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5),
        (StaffGroup.NursingAndMidwiferyRegistered, Grade.Band6), (StaffGroup.NursingAndMidwiferyRegistered, Grade.Band7),
        (StaffGroup.AdditionalClinicalServices, Grade.Band3), (StaffGroup.MedicalAndDental, Grade.Consultant),
        (StaffGroup.MedicalAndDental, Grade.Trainee),
    ];

    public static WresReport Report(int seed, EqualityStandard standard) =>
        new WresCalculator().Calculate(Dataset(new Random(seed), standard, "", cases: true), Reports.Year, standard, "Random NHS Trust");

    public static RollUpReport RollUp(int seed, EqualityStandard standard)
    {
        var random = new Random(seed);
        var rollUp = new WresCalculator().CreateRollUp(Reports.Year, standard);
        var count = random.Next(2, 4);
        for (var i = 1; i <= count; i++)
        {
            var code = $"RXX0{i}";
            var dataset = Dataset(random, standard, code, cases: random.Next(4) > 0);
            var part = rollUp.For(code);
            part.AddStaff(dataset.Staff!);
            part.AddApplications(dataset.Applications!);
            if (dataset.Cases is { } cases)
            {
                part.AddCases(cases);
            }

            if (dataset.Training is { } training)
            {
                part.AddTraining(training);
            }
        }

        var whole = Dataset(random, standard, "W", cases: false);
        rollUp.Unassigned.AddBoard(whole.Board!);
        rollUp.Unassigned.AddSurvey(whole.Survey!);
        return rollUp.ToReport("Random Integrated Care System");
    }

    private static WresDataset Dataset(Random random, EqualityStandard standard, string prefix, bool cases)
    {
        var wdes = standard == EqualityStandard.Wdes;
        var staff = new List<StaffAssignment>();
        var people = new List<(string Id, int Group)>();
        foreach (var (group, grade) in Posts)
        {
            if (random.Next(3) == 0)
            {
                continue;
            }

            for (var g = 0; g < 3; g++)
            {
                var n = Size(random);
                for (var i = 0; i < n; i++)
                {
                    var id = $"{prefix}P{staff.Count}";
                    staff.Add(new StaffAssignment
                    {
                        EmployeeNumber = id,
                        EthnicOrigin = wdes ? EthnicCategory.WhiteBritish : StaffEthnicity(random, g),
                        Disability = wdes ? (DisabilityGroup)g : DisabilityGroup.Unknown,
                        StaffGroup = group,
                        Grade = grade,
                        Fte = 1.0m,
                    });
                    people.Add((id, g));
                }
            }
        }

        // Applications for posts of a few bands and staff groups (some with neither: "Not recognised or blank"), each
        // applicant in one of the detailed groups of their group; a few never shortlisted.
        var applications = new List<JobApplication>();
        var posts = Posts.Where(_ => random.Next(3) > 0).Select(p => ((StaffGroup?)p.Group, (Grade?)p.Grade)).Append((null, null)).ToList();
        for (var g = 0; g < 3; g++)
        {
            var shortlisted = Size(random) + (random.Next(2) * random.Next(30));
            var appointed = random.Next(shortlisted + 1) / (1 + random.Next(3));
            var notShortlisted = random.Next(5) == 0 ? random.Next(3) : 0;
            for (var i = 0; i < shortlisted + notShortlisted; i++)
            {
                var (group, grade) = posts[random.Next(posts.Count)];
                applications.Add(new JobApplication
                {
                    ApplicationId = $"{prefix}A{applications.Count}",
                    EthnicOrigin = wdes ? EthnicCategory.WhiteBritish : Applicant(random, g),
                    Disability = wdes ? (DisabilityGroup)g : DisabilityGroup.Unknown,
                    Shortlisted = i < shortlisted,
                    Appointed = i < appointed,
                    Date = InYear,
                    StaffGroup = group,
                    Grade = grade,
                });
            }
        }

        var caseList = new List<EmployeeRelationsCase>();
        var courses = new List<TrainingRecord>();
        foreach (var (id, _) in people)
        {
            if (random.Next(6) == 0)
            {
                caseList.Add(new EmployeeRelationsCase { CaseReference = "C" + id, EmployeeNumber = id, StartDate = InYear, Type = wdes ? CaseType.Capability : CaseType.Disciplinary });
            }

            if (random.Next(3) == 0)
            {
                courses.Add(new TrainingRecord { EmployeeNumber = id, Course = "Leadership", Mandatory = false, Date = InYear });
            }
        }

        var board = new List<BoardMember>();
        var members = random.Next(15);
        for (var i = 0; i < members; i++)
        {
            var g = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 0 };
            board.Add(new BoardMember
            {
                Member = $"{prefix}M{i}",
                EthnicOrigin = wdes ? EthnicCategory.WhiteBritish : g == 0 ? null : Ethnicity(g),
                Disability = wdes ? (DisabilityGroup)g : DisabilityGroup.Unknown,
                Voting = random.Next(5) > 0,
                Executive = random.Next(2) == 0,
            });
        }

        var survey = new List<SurveyResult>();
        foreach (var measure in SurveyMeasure.For(standard))
        {
            foreach (var group in new[] { ComparisonGroup.Reference, ComparisonGroup.Focus })
            {
                if ((measure.FocusGroupOnly && group == ComparisonGroup.Reference) || random.Next(5) == 0)
                {
                    continue;
                }

                var respondents = random.Next(3) == 0 ? (int?)null : 1 + Size(random);
                var score = measure.Scale == SurveyScale.ScoreOutOfTen;
                var positive = respondents is { } r && !score ? random.Next(r + 1) : (int?)null;
                var percent = positive is { } p ? Math.Round(p * 100m / respondents!.Value, 1) : random.Next(score ? 101 : 1001) / 10m;
                survey.Add(new SurveyResult { Indicator = measure.Id, Group = group, Percent = percent, Respondents = respondents, Positive = positive });
            }
        }

        return new WresDataset
        {
            Staff = staff,
            Applications = applications,
            Cases = cases ? caseList : null,
            Training = wdes ? null : courses,
            Board = board,
            Survey = survey,
        };
    }

    /// <summary>A group's size in a cell: mostly 0 to 9, sometimes up to 40.</summary>
    private static int Size(Random random) => random.Next(4) == 0 ? random.Next(41) : random.Next(10);

    /// <summary>An applicant of a group, in one of its detailed groups (several detailed groups of each).</summary>
    private static EthnicCategory? Applicant(Random random, int group) => group switch
    {
        1 => new[] { EthnicCategory.WhiteBritish, EthnicCategory.WhiteIrish, EthnicCategory.Parse("C2") }[random.Next(3)],
        2 => new[] { EthnicCategory.AsianIndian, EthnicCategory.BlackAfrican, EthnicCategory.Chinese, EthnicCategory.OtherEthnicGroup, EthnicCategory.MixedOther }[random.Next(5)],
        _ => random.Next(2) == 0 ? EthnicCategory.NotStated : null,
    };

    /// <summary>Staff categories of each group, so that every detailed group (extended codes too) has people: White, then BME, then Unknown.</summary>
    private static readonly EthnicCategory[][] StaffCategories =
    [
        [EthnicCategory.NotStated, EthnicCategory.NotKnown],
        [EthnicCategory.WhiteBritish, EthnicCategory.WhiteBritish, EthnicCategory.WhiteIrish, EthnicCategory.WhiteOther, EthnicCategory.Parse("CP")],
        [
            EthnicCategory.MixedWhiteAndAsian, EthnicCategory.Parse("GA"), EthnicCategory.AsianIndian, EthnicCategory.Parse("LK"), EthnicCategory.BlackAfrican,
            EthnicCategory.Parse("PC"), EthnicCategory.Chinese, EthnicCategory.OtherEthnicGroup, EthnicCategory.Parse("SB"),
        ],
    ];

    /// <summary>A staff member's category in a group: drawn among the group's codes, so the detailed groups are small and varied.</summary>
    private static EthnicCategory StaffEthnicity(Random random, int group) => StaffCategories[group][random.Next(StaffCategories[group].Length)];

    private static EthnicCategory Ethnicity(int group) => group switch
    {
        1 => EthnicCategory.WhiteBritish,
        2 => EthnicCategory.AsianIndian,
        _ => EthnicCategory.NotStated,
    };
}
