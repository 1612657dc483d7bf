namespace Wres.Core.Validation;

/// <summary>The column names of the input contract, used to locate findings on typed records too.</summary>
internal static class ColumnNames
{
    public const string EmployeeNumber = "Employee Number";
    public const string AssignmentNumber = "Assignment Number";
    public const string EthnicOrigin = "Ethnic Origin";
    public const string StaffGroup = "Staff Group";
    public const string PayBand = "Pay Band";
    public const string Grade = "Grade";
    public const string PrimaryAssignment = "Primary Assignment";
    public const string AssignmentCategory = "Assignment Category";
    public const string Fte = "FTE";
    public const string OccupationCode = "Occupation Code";
    public const string Disability = "Disability";
    public const string Organisation = "Organisation";
    public const string ApplicationId = "Application Id";
    public const string Shortlisted = "Shortlisted";
    public const string Appointed = "Appointed";
    public const string Date = "Date";
    public const string VacancyReference = "Vacancy Reference";
    public const string CaseReference = "Case Reference";
    public const string StartDate = "Start Date";
    public const string CaseType = "Case Type";
    public const string Course = "Course";
    public const string Mandatory = "Mandatory";
    public const string Member = "Member";
    public const string Voting = "Voting";
    public const string Executive = "Executive";
    public const string Indicator = "Indicator";
    public const string Group = "Group";
    public const string Percent = "Percent";
    public const string Respondents = "Respondents";
    public const string Positive = "Positive";
}
