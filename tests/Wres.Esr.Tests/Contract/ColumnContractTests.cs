using Wres.Core.Validation;

namespace Wres.Esr.Tests.Contract;

/// <summary>
/// The data contract's columns, stated here rather than read from the reader's schema: which each file requires (a file
/// without one is refused, naming it), and what the reader says, word for word, when an optional column is absent
/// (its other names and what its absence means).
/// </summary>
public class ColumnContractTests
{
    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["staff"] = ["Employee Number", "Ethnic Origin", "Staff Group", "Pay Band"],
        ["recruitment"] = ["Application Id", "Ethnic Origin", "Shortlisted", "Appointed"],
        ["disciplinary"] = ["Case Reference", "Employee Number", "Start Date"],
        ["training"] = ["Employee Number", "Course", "Mandatory"],
        ["board"] = ["Member", "Ethnic Origin", "Voting", "Executive"],
        ["survey"] = ["Indicator", "Group", "Percent"],
        ["pay"] = ["Employee Number", "Full Pay"],
    };

    // The other names the contract gives each column (its alias table), stated once per column.
    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["Employee Number"] = ["Employee No", "Emp No", "Staff Number", "Person Number"],
        ["Ethnic Origin"] = ["Ethnicity", "Ethnic Group", "Ethnic Category"],
        ["Pay Band"] = ["Grade", "Band", "AfC Band", "Pay Grade", "Grade Name"],
        ["Start Date"] = ["Case Start Date", "Date Opened", "Date"],
        ["Full Pay"] = ["Full Pay Relevant", "Full Pay Flag"],
        ["Primary Assignment"] = ["Primary Assignment Flag", "Primary Flag", "Primary"],
        ["Assignment Category"] = ["Assignment Type", "Employee Category"],
        ["FTE"] = ["WTE", "Contracted WTE", "Contracted FTE", "Assignment FTE"],
        ["Disability"] = ["Disability Flag", "Disabled", "Disability Status"],
        ["Assignment End Date"] = ["End Date", "Effective End Date"],
        ["Assignment Status"] = ["Status"],
        ["Hourly Rate"] = ["Hourly Pay", "Hourly Pay Rate"],
        ["Ordinary Pay"] = ["Ordinary Pay In Period", "Basic Pay"],
        ["Weekly Hours"] = ["Contracted Hours", "Hours Per Week"],
        ["Pay Period Days"] = ["Days In Pay Period"],
        ["Bonus In Period"] = ["Bonus Pay In Period"],
        ["Bonus 12 Months"] = ["Bonus Pay 12 Months", "Bonus Pay", "Annual Bonus"],
        ["Sex"] = ["Gender", "Legal Sex"],
    };

    // Optional columns with other names, by file.
    private static readonly (string Kind, string Column)[] OptionalWithAliases =
    [
        ("staff", "Primary Assignment"), ("staff", "Assignment Category"), ("staff", "FTE"), ("staff", "Disability"),
        ("staff", "Assignment End Date"), ("staff", "Assignment Status"), ("recruitment", "Pay Band"), ("recruitment", "Disability"),
        ("disciplinary", "Ethnic Origin"), ("board", "Disability"), ("pay", "Hourly Rate"), ("pay", "Ordinary Pay"),
        ("pay", "Weekly Hours"), ("pay", "Pay Period Days"), ("pay", "Bonus In Period"), ("pay", "Bonus 12 Months"),
        ("pay", "Ethnic Origin"), ("pay", "Disability"), ("pay", "Sex"), ("pay", "Pay Band"), ("pay", "Assignment Category"),
    ];

    public static TheoryData<string, string, string> RequiredColumnAliases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (kind, columns) in Required)
        {
            foreach (var column in columns.Where(Aliases.ContainsKey))
            {
                foreach (var alias in Aliases[column])
                {
                    data.Add(kind, column, alias);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> OptionalColumnAliases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (kind, column) in OptionalWithAliases)
        {
            foreach (var alias in Aliases[column])
            {
                data.Add(kind, column, alias);
            }
        }

        return data;
    }

    public static TheoryData<string, string> RequiredColumns()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, columns) in Required)
        {
            foreach (var column in columns)
            {
                data.Add(kind, column);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredColumns))]
    public void Read_FileWithoutARequiredColumn_IsRefusedNamingIt(string kind, string column)
    {
        var header = string.Join(",", Required[kind].Where(c => c != column));
        var file = Csv.File($"{kind}.csv", header, string.Join(",", Required[kind].Skip(1).Select(_ => "x")));

        var error = Assert.Throws<EsrFileException>(() => ContractReading.Read(kind, file));

        Assert.Equal((WresErrorCodes.MissingRequiredColumn, $"{kind}.csv", column), (error.Code, error.File, error.Column));
        var named = Aliases.TryGetValue(column, out var aliases) ? $"'{column}' (or {string.Join(", ", aliases.Select(a => $"'{a}'"))})" : $"'{column}'";
        Assert.Contains($"the required column {named} is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RequiredColumnAliases))]
    public void Read_RequiredColumnUnderAnotherName_IsFound(string kind, string column, string alias)
    {
        var header = string.Join(",", Required[kind].Select(c => c == column ? alias : c));

        var source = ContractReading.Quality(kind, Csv.File($"{kind}.csv", header));

        Assert.DoesNotContain(source.Issues, i => i.Code == WresErrorCodes.MissingRequiredColumn);
    }

    [Theory]
    [MemberData(nameof(OptionalColumnAliases))]
    public void Read_OptionalColumnUnderAnotherName_IsFound(string kind, string column, string alias)
    {
        var header = string.Join(",", Required[kind].Append(alias));

        var source = ContractReading.Quality(kind, Csv.File($"{kind}.csv", header));

        Assert.DoesNotContain(source.Issues, i => i.Code == WresErrorCodes.OptionalColumnAbsent && i.Column == column);
    }

    [Theory]
    [InlineData("staff", "Assignment Number", "There is no 'Assignment Number' column, so each row is taken as the person's only assignment number (the employee number).")]
    [InlineData("staff", "Primary Assignment", "There is no 'Primary Assignment' column (or 'Primary Assignment Flag', 'Primary Flag', 'Primary'), so every assignment is taken as primary (a person's band is chosen by FTE, then the highest band).")]
    [InlineData("staff", "Assignment Category", "There is no 'Assignment Category' column (or 'Assignment Type', 'Employee Category'), so every assignment is taken as in scope (no bank or honorary assignment is set aside).")]
    [InlineData("staff", "FTE", "There is no 'FTE' column (or 'WTE', 'Contracted WTE', 'Contracted FTE', 'Assignment FTE'), so FTE is not used to choose between a person's assignments.")]
    [InlineData("staff", "Occupation Code", "There is no 'Occupation Code' column, so segments come from the staff group alone.")]
    [InlineData("staff", "Disability", "There is no 'Disability' column (or 'Disability Flag', 'Disabled', 'Disability Status'), so everyone's disability is Unknown (the WDES declaration rate is 0%).")]
    [InlineData("staff", "Organisation", "There is no 'Organisation' column, so every row belongs to the whole report (no organisation).")]
    [InlineData("staff", "Assignment End Date", "There is no 'Assignment End Date' column (or 'End Date', 'Effective End Date'), so no assignment is taken to have ended before the snapshot date.")]
    [InlineData("staff", "Assignment Status", "There is no 'Assignment Status' column (or 'Status'), so no assignment is taken to be a leaver's.")]
    [InlineData("recruitment", "Date", "There is no 'Date' column, so every application is taken to be in the reporting year.")]
    [InlineData("recruitment", "Staff Group", "There is no 'Staff Group' column, so indicator 2 is not broken down by staff group.")]
    [InlineData("recruitment", "Pay Band", "There is no 'Pay Band' column (or 'Grade', 'Band', 'AfC Band', 'Pay Grade', 'Grade Name'), so indicator 2 is not broken down by pay band.")]
    [InlineData("recruitment", "Disability", "There is no 'Disability' column (or 'Disability Flag', 'Disabled', 'Disability Status'), so every applicant's disability is Unknown.")]
    [InlineData("recruitment", "Organisation", "There is no 'Organisation' column, so every application belongs to the whole report (no organisation).")]
    [InlineData("disciplinary", "Ethnic Origin", "There is no 'Ethnic Origin' column (or 'Ethnicity', 'Ethnic Group', 'Ethnic Category'), so each case takes its employee's ethnicity from the staff file.")]
    [InlineData("disciplinary", "Case Type", "There is no 'Case Type' column, so every case is taken to be disciplinary.")]
    [InlineData("training", "Date", "There is no 'Date' column, so every course is taken to be in the reporting year.")]
    [InlineData("board", "Disability", "There is no 'Disability' column (or 'Disability Flag', 'Disabled', 'Disability Status'), so every member's disability is Unknown.")]
    [InlineData("pay", "Hourly Rate", "There is no 'Hourly Rate' column (or 'Hourly Pay', 'Hourly Pay Rate'), so hourly pay is computed from Ordinary Pay, Weekly Hours and Pay Period Days.")]
    [InlineData("pay", "Ordinary Pay", "There is no 'Ordinary Pay' column (or 'Ordinary Pay In Period', 'Basic Pay'), so hourly pay must come from Hourly Rate.")]
    [InlineData("pay", "Weekly Hours", "There is no 'Weekly Hours' column (or 'Contracted Hours', 'Hours Per Week'), so hourly pay must come from Hourly Rate, and each rate of a person weighs the same.")]
    [InlineData("pay", "Pay Period Days", "There is no 'Pay Period Days' column (or 'Days In Pay Period'), so every pay period has the default number of days (those of the snapshot's month).")]
    [InlineData("pay", "Bonus In Period", "There is no 'Bonus In Period' column (or 'Bonus Pay In Period'), so no bonus is counted in hourly pay.")]
    [InlineData("pay", "Bonus 12 Months", "There is no 'Bonus 12 Months' column (or 'Bonus Pay 12 Months', 'Bonus Pay', 'Annual Bonus'), so nobody is taken to have been paid a bonus.")]
    [InlineData("pay", "Ethnic Origin", "There is no 'Ethnic Origin' column (or 'Ethnicity', 'Ethnic Group', 'Ethnic Category'), so ethnicity comes from the staff file by employee number.")]
    [InlineData("pay", "Disability", "There is no 'Disability' column (or 'Disability Flag', 'Disabled', 'Disability Status'), so disability comes from the staff file by employee number.")]
    [InlineData("pay", "Sex", "There is no 'Sex' column (or 'Gender', 'Legal Sex'), so everyone's sex is Unknown (no gender pay gap).")]
    [InlineData("pay", "Pay Band", "There is no 'Pay Band' column (or 'Grade', 'Band', 'AfC Band', 'Pay Grade', 'Grade Name'), so the gaps are not broken down by pay band.")]
    [InlineData("pay", "Assignment Category", "There is no 'Assignment Category' column (or 'Assignment Type', 'Employee Category'), so every row is taken as in scope (no honorary assignment is set aside).")]
    [InlineData("pay", "Organisation", "There is no 'Organisation' column, so every row belongs to the whole report (no organisation).")]
    public void Read_FileWithoutAnOptionalColumn_SaysWhatItsAbsenceMeans(string kind, string column, string message)
    {
        var file = Csv.File($"{kind}.csv", string.Join(",", Required[kind]));

        var issues = ContractReading.Quality(kind, file).Issues.Where(i => i.Code == WresErrorCodes.OptionalColumnAbsent && i.Column == column).ToList();

        var note = Assert.Single(issues);
        Assert.Equal((IssueSeverity.Note, message), (note.Severity, note.Message));
    }
}
