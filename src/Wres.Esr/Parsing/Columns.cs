using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>The columns of every input file, as the data contract names them.</summary>
internal static class Columns
{
    public static readonly FileSchema Staff = new(
        "staff",
        new("Employee Number", true),
        new("Assignment Number", false),
        new("Ethnic Origin", true),
        new("Staff Group", true),
        new("Pay Band", true, "Grade"),
        new("Primary Assignment", false),
        new("Assignment Category", false),
        new("FTE", false),
        new("Occupation Code", false),
        new("Disability", false),
        new("Organisation", false));

    public static readonly FileSchema Recruitment = new(
        "recruitment",
        new("Application Id", true),
        new("Ethnic Origin", true),
        new("Shortlisted", true),
        new("Appointed", true),
        new("Date", false),
        new("Vacancy Reference", false),
        new("Staff Group", false),
        new("Pay Band", false, "Grade"),
        new("Disability", false),
        new("Organisation", false));

    public static readonly FileSchema Disciplinary = new(
        "disciplinary",
        new("Case Reference", true),
        new("Employee Number", true),
        new("Start Date", true),
        new("Ethnic Origin", false),
        new("Case Type", false));

    public static readonly FileSchema Training = new(
        "training",
        new("Employee Number", true),
        new("Course", true),
        new("Mandatory", true),
        new("Date", false));

    public static readonly FileSchema Board = new(
        "board",
        new("Member", true),
        new("Ethnic Origin", true),
        new("Voting", true),
        new("Executive", true),
        new("Disability", false));

    public static readonly FileSchema Survey = new(
        "survey",
        new("Indicator", true),
        new("Group", true),
        new("Percent", true),
        new("Respondents", false),
        new("Positive", false));

    /// <summary>The schema column's name, for findings.</summary>
    public static string Name(FileSchema schema, int column) => schema.Columns[column].Name;
}
