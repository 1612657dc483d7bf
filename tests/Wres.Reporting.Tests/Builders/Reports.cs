using NodaTime;
using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Workforce;

namespace Wres.Reporting.Tests.Builders;

/// <summary>
/// Reports computed by the real calculator from small, fully known datasets. <see cref="Full"/> supplies every
/// input (this year's and last year's); the other builders change one thing.
/// </summary>
/// <remarks>
/// The full WRES dataset, in numbers a test can rely on:
/// <list type="bullet">
/// <item>Staff: clinical Band 5 60 White / 30 BME / 10 Unknown; clinical Band 6 20 / 10 / 0; non-clinical Band 3
/// 25 / 5 / 0; consultants 1 / 1 / 1 (33.333333333333336% each); one bank assignment (excluded). 163 people.</item>
/// <item>Indicator 2: White 12 of 60 appointed, BME 3 of 40, Unknown 1 of 5 (ratio 2.6666666666666665); one
/// application outside the year (excluded) and one appointed but not shortlisted (rejected).</item>
/// <item>Indicator 3: 4 White and 5 BME people this year, 1 and 1 last year (pooled), plus a case naming an
/// employee no staff file holds (a warning with line and column).</item>
/// <item>Indicator 4: 40 White and 10 BME people with a non-mandatory course.</item>
/// <item>Survey: 5 27.3 / 29.1; 6 1 of 3 / 4 of 8; 7 58.0 / 44.5 (gap −13.5); 8 6.25 / 14.8 (gap 8.55: midpoints).</item>
/// <item>Board: 3 White, 2 BME, 1 Unknown; 5 voting; 3 executive.</item>
/// </list>
/// </remarks>
internal static class Reports
{
    public const string Organisation = "Example NHS Trust";
    public static readonly ReportingYear Year = ReportingYear.EndingIn(2026);
    private static readonly LocalDate InYear = new(2025, 10, 1);
    private static readonly LocalDate LastYear = new(2024, 10, 1);

    public static WresReport Full(EqualityStandard standard = EqualityStandard.Wres, string? organisation = Organisation, WresOptions? options = null) =>
        Calculate(FullDataset(standard), standard, organisation, options);

    /// <summary>Nothing supplied: every indicator is not provided.</summary>
    public static WresReport Empty(EqualityStandard standard = EqualityStandard.Wres) => Calculate(new WresDataset(), standard, null, null);

    /// <summary>Applications only: White 3 of 10 appointed, BME 0 of 10, so indicator 2 is undefined but has a p-value.</summary>
    public static WresReport UndefinedAppointment() => Calculate(
        new WresDataset { Applications = [.. Applications("W", EthnicCategory.WhiteBritish, 10, 3), .. Applications("B", EthnicCategory.BlackAfrican, 10, 0)] },
        EqualityStandard.Wres,
        Organisation,
        null);

    /// <summary>Applications only: White <paramref name="whiteAppointed"/> of <paramref name="whiteShortlisted"/>, BME <paramref name="bmeAppointed"/> of <paramref name="bmeShortlisted"/>.</summary>
    public static WresReport Appointment(int whiteAppointed, int whiteShortlisted, int bmeAppointed, int bmeShortlisted) => Calculate(
        new WresDataset
        {
            Applications = [.. Applications("W", EthnicCategory.WhiteBritish, whiteShortlisted, whiteAppointed), .. Applications("B", EthnicCategory.AsianIndian, bmeShortlisted, bmeAppointed)],
        },
        EqualityStandard.Wres,
        Organisation,
        null);

    /// <summary>
    /// Staff and formal-process cases only (disciplinary for WRES, capability for WDES): <paramref name="referenceCases"/>
    /// of <paramref name="referenceStaff"/> White (non-disabled) people and <paramref name="focusCases"/> of
    /// <paramref name="focusStaff"/> BME (disabled) people enter the process.
    /// </summary>
    public static WresReport FormalProcess(EqualityStandard standard, int referenceCases, int referenceStaff, int focusCases, int focusStaff)
    {
        var staff = new List<StaffAssignment>();
        var cases = new List<EmployeeRelationsCase>();
        var type = standard == EqualityStandard.Wdes ? CaseType.Capability : CaseType.Disciplinary;
        foreach (var (prefix, ethnicity, disability, count, entered) in new[]
        {
            ("W", EthnicCategory.WhiteBritish, DisabilityGroup.NonDisabled, referenceStaff, referenceCases),
            ("B", EthnicCategory.BlackAfrican, DisabilityGroup.Disabled, focusStaff, focusCases),
        })
        {
            for (var i = 0; i < count; i++)
            {
                staff.Add(new StaffAssignment { EmployeeNumber = $"{prefix}{i}", EthnicOrigin = ethnicity, Disability = disability, StaffGroup = StaffGroup.NursingAndMidwiferyRegistered, Grade = Grade.Band5, Fte = 1.0m });
            }

            for (var i = 0; i < entered; i++)
            {
                cases.Add(Case($"C{prefix}{i}", $"{prefix}{i}", type, InYear));
            }
        }

        return Calculate(new WresDataset { Staff = staff, Cases = cases }, standard, Organisation, null);
    }

    public static WresDataset FullDataset(EqualityStandard standard)
    {
        var staff = new List<StaffAssignment>();
        People(staff, "W", Group.Reference, 0, 60, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5);
        People(staff, "B", Group.Focus, 0, 30, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5);
        People(staff, "U", Group.Unknown, 0, 10, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band5);
        People(staff, "W", Group.Reference, 60, 20, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band6);
        People(staff, "B", Group.Focus, 30, 10, StaffGroup.NursingAndMidwiferyRegistered, Grade.Band6);
        People(staff, "W", Group.Reference, 80, 25, StaffGroup.AdministrativeAndClerical, Grade.Band3);
        People(staff, "B", Group.Focus, 40, 5, StaffGroup.AdministrativeAndClerical, Grade.Band3);
        People(staff, "W", Group.Reference, 105, 1, StaffGroup.MedicalAndDental, Grade.Consultant);
        People(staff, "B", Group.Focus, 45, 1, StaffGroup.MedicalAndDental, Grade.Consultant);
        People(staff, "U", Group.Unknown, 10, 1, StaffGroup.MedicalAndDental, Grade.Consultant);
        staff.Add(Person("BANK1", Group.Reference, StaffGroup.AdditionalClinicalServices, Grade.Band2) with { Category = AssignmentCategory.Bank });

        var wdes = standard == EqualityStandard.Wdes;
        var caseType = wdes ? CaseType.Capability : CaseType.Disciplinary;
        var cases = new List<EmployeeRelationsCase>();
        for (var i = 0; i < 4; i++)
        {
            cases.Add(Case($"CW{i}", $"W{i}", caseType, InYear));
        }

        for (var i = 0; i < 5; i++)
        {
            cases.Add(Case($"CB{i}", $"B{i}", caseType, InYear));
        }

        cases.Add(Case("CX", "X999", caseType, InYear));

        var training = new List<TrainingRecord>();
        for (var i = 0; i < 40; i++)
        {
            training.Add(new TrainingRecord { EmployeeNumber = $"W{i}", Course = "Leadership", Mandatory = false, Date = InYear });
        }

        for (var i = 0; i < 10; i++)
        {
            training.Add(new TrainingRecord { EmployeeNumber = $"B{i}", Course = "Leadership", Mandatory = false, Date = InYear });
        }

        var applications = new List<JobApplication>();
        applications.AddRange(Applications("W", EthnicCategory.WhiteBritish, 60, 12, wdes ? DisabilityGroup.NonDisabled : DisabilityGroup.Unknown));
        applications.AddRange(Applications("B", EthnicCategory.BlackCaribbean, 40, 3, wdes ? DisabilityGroup.Disabled : DisabilityGroup.Unknown));
        applications.AddRange(Applications("U", EthnicCategory.NotStated, 5, 1));
        applications.Add(Applications("LATE", EthnicCategory.WhiteBritish, 1, 0).Single() with { Date = new LocalDate(2026, 4, 1) });
        applications.Add(Applications("BAD", EthnicCategory.WhiteBritish, 1, 0).Single() with { Shortlisted = false, Appointed = true });

        var board = new List<BoardMember>
        {
            Member("Chair", Group.Reference, voting: true, executive: false),
            Member("Chief Executive", Group.Focus, voting: true, executive: true),
            Member("Finance Director", Group.Reference, voting: true, executive: true),
            Member("Medical Director", Group.Reference, voting: true, executive: true),
            Member("Non-executive", Group.Focus, voting: true, executive: false),
            Member("Company Secretary", Group.Unknown, voting: false, executive: false),
        };

        var survey = wdes ? WdesSurvey() : WresSurvey();
        return new WresDataset
        {
            Staff = staff,
            Applications = applications,
            Cases = cases,
            Training = training,
            Board = board,
            Survey = survey,
            PreviousStaff = staff,
            PreviousCases = [Case("PW", "W4", caseType, LastYear), Case("PB", "B5", caseType, LastYear)],
        };

        StaffAssignment Person(string id, Group group, StaffGroup staffGroup, Grade grade) => new()
        {
            EmployeeNumber = id,
            EthnicOrigin = group switch
            {
                Group.Reference => EthnicCategory.WhiteBritish,
                Group.Focus => EthnicCategory.BlackAfrican,
                _ => EthnicCategory.NotStated,
            },
            Disability = (DisabilityGroup)(int)group,
            StaffGroup = staffGroup,
            Grade = grade,
            Fte = 1.0m,
        };

        void People(List<StaffAssignment> list, string prefix, Group group, int first, int count, StaffGroup staffGroup, Grade grade)
        {
            for (var i = first; i < first + count; i++)
            {
                list.Add(Person($"{prefix}{i}", group, staffGroup, grade));
            }
        }

        BoardMember Member(string name, Group group, bool voting, bool executive) => new()
        {
            Member = name,
            EthnicOrigin = group switch
            {
                Group.Reference => EthnicCategory.WhiteBritish,
                Group.Focus => EthnicCategory.AsianPakistani,
                _ => null,
            },
            Disability = (DisabilityGroup)(int)group,
            Voting = voting,
            Executive = executive,
        };
    }

    private static SurveyResult[] WresSurvey() =>
    [
        Survey("5", ComparisonGroup.Reference, 27.3m), Survey("5", ComparisonGroup.Focus, 29.1m),
        Survey("6", ComparisonGroup.Reference, 33.3m) with { Respondents = 3, Positive = 1 },
        Survey("6", ComparisonGroup.Focus, 50m) with { Respondents = 8, Positive = 4 },
        Survey("7", ComparisonGroup.Reference, 58.0m), Survey("7", ComparisonGroup.Focus, 44.5m),
        Survey("8", ComparisonGroup.Reference, 6.25m), Survey("8", ComparisonGroup.Focus, 14.8m),
    ];

    private static SurveyResult[] WdesSurvey()
    {
        var results = new List<SurveyResult>();
        foreach (var measure in SurveyMeasure.Wdes)
        {
            if (!measure.FocusGroupOnly)
            {
                results.Add(Survey(measure.Id, ComparisonGroup.Reference, 40m) with { Respondents = 200, Positive = 80 });
            }

            results.Add(Survey(measure.Id, ComparisonGroup.Focus, 31.5m));
        }

        return [.. results];
    }

    private static SurveyResult Survey(string indicator, ComparisonGroup group, decimal percent) =>
        new() { Indicator = indicator, Group = group, Percent = percent };

    private static EmployeeRelationsCase Case(string reference, string employee, CaseType type, LocalDate start) =>
        new() { CaseReference = reference, EmployeeNumber = employee, StartDate = start, Type = type };

    private static IEnumerable<JobApplication> Applications(string prefix, EthnicCategory ethnicity, int shortlisted, int appointed, DisabilityGroup disability = DisabilityGroup.Unknown)
    {
        for (var i = 0; i < shortlisted; i++)
        {
            yield return new JobApplication
            {
                ApplicationId = $"{prefix}-{i}",
                EthnicOrigin = ethnicity,
                Disability = disability,
                Shortlisted = true,
                Appointed = i < appointed,
                Date = InYear,
            };
        }
    }

    private static WresReport Calculate(WresDataset dataset, EqualityStandard standard, string? organisation, WresOptions? options) =>
        (options is null ? new WresCalculator() : new WresCalculator(options)).Calculate(dataset, Year, standard, organisation);

    private enum Group
    {
        Unknown = 0,
        Reference = 1,
        Focus = 2,
    }
}
