using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>
/// The columns of every input file, as the data contract names them, with the other names each answers to (the
/// contract's alias table: ESR, recruitment-system and Excel exports name them otherwise) and the default an absent
/// optional column leaves in place.
/// </summary>
internal static class Columns
{
    private static readonly string[] EmployeeNumber = ["Employee No", "Emp No", "Staff Number", "Person Number"];
    private static readonly string[] EthnicOrigin = ["Ethnicity", "Ethnic Group", "Ethnic Category"];
    private static readonly string[] Disability = ["Disability Flag", "Disabled", "Disability Status"];
    private static readonly string[] PayBand = ["Grade", "Band", "AfC Band", "Pay Grade", "Grade Name"];

    public static readonly FileSchema Staff = new(
        "staff",
        new("Employee Number", true, EmployeeNumber),
        new("Assignment Number", false) { WhenAbsent = "each row is taken as the person's only assignment number (the employee number)" },
        new("Ethnic Origin", true, EthnicOrigin),
        new("Staff Group", true),
        new("Pay Band", true, PayBand),
        new("Primary Assignment", false, "Primary Assignment Flag", "Primary Flag", "Primary") { WhenAbsent = "every assignment is taken as primary (a person's band is chosen by FTE, then the highest band)" },
        new("Assignment Category", false, "Assignment Type", "Employee Category") { WhenAbsent = "every assignment is taken as in scope (no bank or honorary assignment is set aside)" },
        new("FTE", false, "WTE", "Contracted WTE", "Contracted FTE", "Assignment FTE") { WhenAbsent = "FTE is not used to choose between a person's assignments" },
        new("Occupation Code", false) { WhenAbsent = "segments come from the staff group alone" },
        new("Disability", false, Disability) { WhenAbsent = "everyone's disability is Unknown (the WDES declaration rate is 0%)" },
        new("Organisation", false) { WhenAbsent = "every row belongs to the whole report (no organisation)" },
        new("Assignment End Date", false, "End Date", "Effective End Date") { WhenAbsent = "no assignment is taken to have ended before the snapshot date" },
        new("Assignment Status", false, "Status") { WhenAbsent = "no assignment is taken to be a leaver's" });

    public static readonly FileSchema Recruitment = new(
        "recruitment",
        new("Application Id", true),
        new("Ethnic Origin", true, EthnicOrigin),
        new("Shortlisted", true),
        new("Appointed", true),
        new("Date", false) { WhenAbsent = "every application is taken to be in the reporting year" },
        new("Vacancy Reference", false),
        new("Staff Group", false) { WhenAbsent = "indicator 2 is not broken down by staff group" },
        new("Pay Band", false, PayBand) { WhenAbsent = "indicator 2 is not broken down by pay band" },
        new("Disability", false, Disability) { WhenAbsent = "every applicant's disability is Unknown" },
        new("Organisation", false) { WhenAbsent = "every application belongs to the whole report (no organisation)" });

    public static readonly FileSchema Disciplinary = new(
        "disciplinary",
        new("Case Reference", true),
        new("Employee Number", true, EmployeeNumber),
        new("Start Date", true, "Case Start Date", "Date Opened", "Date"),
        new("Ethnic Origin", false, EthnicOrigin) { WhenAbsent = "each case takes its employee's ethnicity from the staff file" },
        new("Case Type", false) { WhenAbsent = "every case is taken to be disciplinary" });

    public static readonly FileSchema Training = new(
        "training",
        new("Employee Number", true, EmployeeNumber),
        new("Course", true),
        new("Mandatory", true),
        new("Date", false) { WhenAbsent = "every course is taken to be in the reporting year" });

    public static readonly FileSchema Board = new(
        "board",
        new("Member", true),
        new("Ethnic Origin", true, EthnicOrigin),
        new("Voting", true),
        new("Executive", true),
        new("Disability", false, Disability) { WhenAbsent = "every member's disability is Unknown" });

    public static readonly FileSchema Survey = new(
        "survey",
        new("Indicator", true),
        new("Group", true),
        new("Percent", true),
        new("Respondents", false),
        new("Positive", false));

    /// <summary>The pay file (pay-gap-rules.md): one row per person or per assignment; the indexes are <see cref="PayParser"/>'s.</summary>
    public static readonly FileSchema Pay = new(
        "pay",
        new("Employee Number", true, EmployeeNumber),
        new("Full Pay", true, "Full Pay Relevant", "Full Pay Flag"),
        new("Hourly Rate", false, "Hourly Pay", "Hourly Pay Rate") { WhenAbsent = "hourly pay is computed from Ordinary Pay, Weekly Hours and Pay Period Days" },
        new("Ordinary Pay", false, "Ordinary Pay In Period", "Basic Pay") { WhenAbsent = "hourly pay must come from Hourly Rate" },
        new("Weekly Hours", false, "Contracted Hours", "Hours Per Week") { WhenAbsent = "hourly pay must come from Hourly Rate, and each rate of a person weighs the same" },
        new("Pay Period Days", false, "Days In Pay Period") { WhenAbsent = "every pay period has the default number of days (those of the snapshot's month)" },
        new("Bonus In Period", false, "Bonus Pay In Period") { WhenAbsent = "no bonus is counted in hourly pay" },
        new("Bonus 12 Months", false, "Bonus Pay 12 Months", "Bonus Pay", "Annual Bonus") { WhenAbsent = "nobody is taken to have been paid a bonus" },
        new("Ethnic Origin", false, EthnicOrigin) { WhenAbsent = "ethnicity comes from the staff file by employee number" },
        new("Disability", false, Disability) { WhenAbsent = "disability comes from the staff file by employee number" },
        new("Sex", false, "Gender", "Legal Sex") { WhenAbsent = "everyone's sex is Unknown (no gender pay gap)" },
        new("Pay Band", false, PayBand) { WhenAbsent = "the gaps are not broken down by pay band" },
        new("Assignment Category", false, "Assignment Type", "Employee Category") { WhenAbsent = "every row is taken as in scope (no honorary assignment is set aside)" },
        new("Organisation", false) { WhenAbsent = "every row belongs to the whole report (no organisation)" });

    /// <summary>The schema column's name, for findings.</summary>
    public static string Name(FileSchema schema, int column) => schema.Columns[column].Name;
}
