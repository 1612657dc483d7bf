using NodaTime;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Ethnicity;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Builders;

/// <summary>
/// Records that start valid; a test changes one thing with <c>with { … }</c>.
/// </summary>
internal static class Valid
{
    public static readonly LocalDate InYear = new(2025, 10, 1);

    public static StaffAssignment Staff(string employee = "10000001", EthnicCategory? ethnicity = null, Grade? grade = null) => new()
    {
        EmployeeNumber = employee,
        EthnicOrigin = ethnicity ?? EthnicCategory.WhiteBritish,
        StaffGroup = StaffGroup.NursingAndMidwiferyRegistered,
        Grade = grade ?? Grade.Band5,
        Fte = 1.0m,
    };

    public static JobApplication Application(string id = "APP-1", EthnicCategory? ethnicity = null) => new()
    {
        ApplicationId = id,
        EthnicOrigin = ethnicity ?? EthnicCategory.WhiteBritish,
        Shortlisted = true,
        Appointed = false,
        Date = InYear,
    };

    public static EmployeeRelationsCase Case(string reference = "CASE-1", string employee = "10000001") => new()
    {
        CaseReference = reference,
        EmployeeNumber = employee,
        StartDate = InYear,
    };

    public static TrainingRecord Training(string employee = "10000001") => new()
    {
        EmployeeNumber = employee,
        Course = "Leadership for Band 6",
        Mandatory = false,
        Date = InYear,
    };

    public static BoardMember BoardMember(string member = "Chair") => new()
    {
        Member = member,
        EthnicOrigin = EthnicCategory.WhiteBritish,
        Voting = true,
        Executive = false,
    };

    public static SurveyResult Survey(string indicator = "5", ComparisonGroup group = ComparisonGroup.Reference) => new()
    {
        Indicator = indicator,
        Group = group,
        Percent = 27.3m,
    };
}
