using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Validation;
using Wres.Esr.Internal;
using Wres.Esr.Parsing;

namespace Wres.Esr.Tests.Internal;

public class HeaderMatcherTests
{
    private static HeaderMatch Staff(params string[] header) => HeaderMatcher.Match(header, Columns.Staff, null, "staff");

    private static int Column(string name) => Columns.Staff.Columns.ToList().FindIndex(c => c.Name == name);

    [Theory]
    [InlineData("Employee_Number")]
    [InlineData("EMPLOYEE-NUMBER")]
    [InlineData(" employee.number ")]
    [InlineData("Employee/Number")]
    [InlineData("Emp No")]
    [InlineData("Staff Number")]
    [InlineData("Person_Number")]
    public void Match_NameIgnoringCaseSpacesAndPunctuation_OrAlias_FindsTheColumn(string employee)
    {
        var match = Staff(employee, "Ethnicity", "Staff Group", "Band");

        Assert.Empty(match.Missing);
        Assert.Equal(0, match.Ordinals[Column("Employee Number")]);
        Assert.Equal(1, match.Ordinals[Column("Ethnic Origin")]);
        Assert.Equal(ColumnSource.Alias, match.Sources[Column("Ethnic Origin")]);
        Assert.Equal(3, match.Ordinals[Column("Pay Band")]);
    }

    [Fact]
    public void Match_EsrFlagNames_AreUsedNotIgnored()
    {
        var match = Staff("Employee Number", "Ethnic Origin", "Staff Group", "Pay Band", "Primary Assignment Flag", "Contracted WTE", "Disability Flag");

        Assert.Equal(4, match.Ordinals[Column("Primary Assignment")]);
        Assert.Equal(5, match.Ordinals[Column("FTE")]);
        Assert.Equal(6, match.Ordinals[Column("Disability")]);
        Assert.Empty(match.Unused);
        Assert.DoesNotContain(match.Findings, f => f.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void Match_NameBeatsAlias_AndTheOtherIsALookalikeWarning()
    {
        var match = Staff("Employee Number", "Ethnic Origin", "Staff Group", "Pay Band", "WTE", "FTE");

        Assert.Equal(5, match.Ordinals[Column("FTE")]);
        var finding = Assert.Single(match.Findings, f => f.Code == WresErrorCodes.UnusedLookalikeColumn);
        Assert.Equal("The column 'WTE' is not used: it looks like 'FTE', which is read from 'FTE'.", finding.Message);
    }

    [Fact]
    public void Match_Typo_IsAWarningNamingBoth()
    {
        var match = Staff("Employee Number", "Ethnic Origin", "Staff Group", "Pay Band", "Assignment Catgory");

        var finding = Assert.Single(match.Findings, f => f.Severity == IssueSeverity.Warning);
        Assert.Equal(WresErrorCodes.UnusedLookalikeColumn, finding.Code);
        Assert.Equal(
            "The column 'Assignment Catgory' is not used: it looks like 'Assignment Category', which this file lacks; if it is that column, rename it or map it (mapping file: columns.staff).",
            finding.Message);
    }

    [Fact]
    public void Match_AbsentOptionalColumns_EachANoteWithItsDefault()
    {
        var match = Staff("Employee Number", "Ethnic Origin", "Staff Group", "Pay Band");

        var notes = match.Findings.Where(f => f.Code == WresErrorCodes.OptionalColumnAbsent).ToList();
        Assert.Contains(notes, n => n.Message == "There is no 'Disability' column (or 'Disability Flag', 'Disabled', 'Disability Status'), so everyone's disability is Unknown (the WDES declaration rate is 0%).");
        Assert.Contains(notes, n => n.Column == "Primary Assignment" && n.Message.EndsWith("every assignment is taken as primary (a person's band is chosen by FTE, then the highest band).", StringComparison.Ordinal));
        Assert.Equal(Columns.Staff.Columns.Count(c => !c.Required && c.WhenAbsent is not null), notes.Count);
    }

    [Fact]
    public void Match_OtherUnusedHeaders_OneNoteListingThem()
    {
        var match = Staff("Employee Number", "Job Title", "Ethnic Origin", "Staff Group", "Pay Band", "Department");

        var note = Assert.Single(match.Findings, f => f.Code == WresErrorCodes.ColumnsNotUsed);
        Assert.Equal("2 columns are not part of the staff file's contract and not used: 'Job Title', 'Department'.", note.Message);
        Assert.Equal(["Job Title", "Department"], match.Unused);
    }

    [Fact]
    public void Match_MappedHeader_BeatsNameAndAlias()
    {
        var mapped = new Dictionary<string, string> { ["Pers No"] = "Employee Number", ["Race"] = "ethnic origin" };

        var match = HeaderMatcher.Match(["Employee Number", "Pers No", "Race", "Staff Group", "Pay Band"], Columns.Staff, mapped, "staff");

        Assert.Equal(1, match.Ordinals[Column("Employee Number")]);
        Assert.Equal(ColumnSource.Mapping, match.Sources[Column("Employee Number")]);
        Assert.Equal(2, match.Ordinals[Column("Ethnic Origin")]);
        Assert.Contains(match.Findings, f => f.Message == "The column 'Employee Number' is not used: it looks like 'Employee Number', which is read from 'Pers No'.");
    }

    [Fact]
    public void Match_MappedHeaderTheFileLacks_IsAWarning()
    {
        var mapped = new Dictionary<string, string> { ["Pers No"] = "Employee Number" };

        var match = HeaderMatcher.Match(["Employee Number", "Ethnic Origin", "Staff Group", "Pay Band"], Columns.Staff, mapped, "previousStaff");

        var finding = Assert.Single(match.Findings, f => f.Code == WresErrorCodes.MappedColumnAbsent);
        Assert.Equal("The mapping names the header 'Pers No' (columns.previousStaff), but this file has no such header.", finding.Message);
    }

    [Fact]
    public void CheckMapping_TargetNotAColumnOfTheFile_IsAFileErrorNamingTheKey()
    {
        var mapped = new Dictionary<string, string> { ["Pers No"] = "Employee Numbr" };

        var e = Assert.Throws<EsrFileException>(() => HeaderMatcher.CheckMapping("staff.csv", Columns.Staff, mapped, "staff"));

        Assert.Equal(WresErrorCodes.UnknownMappedColumn, e.Code);
        Assert.StartsWith("staff.csv: the mapping's columns.staff maps 'Pers No' to 'Employee Numbr', which is not a column of the staff file (Employee Number, ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingColumns_NamesTheClosestHeader()
    {
        var match = Staff("Employee Number", "Ethnic Orgin", "Staff Group", "Pay Band");

        var e = HeaderMatcher.MissingColumns("staff.csv", match, "staff");

        Assert.Equal(WresErrorCodes.MissingRequiredColumn, e.Code);
        Assert.Equal(
            "staff.csv: the required column 'Ethnic Origin' (or 'Ethnicity', 'Ethnic Group', 'Ethnic Category') is missing from the header of this staff file. The closest header is 'Ethnic Orgin' for 'Ethnic Origin': rename it or map it in the mapping file (columns.staff).",
            e.Message);
    }

    [Fact]
    public void MissingColumns_NothingClose_SaysOnlyWhatIsMissing()
    {
        var match = Staff("Employee Number", "Staff Group", "Pay Band", "Notes");

        Assert.Equal(
            "staff.csv: the required column 'Ethnic Origin' (or 'Ethnicity', 'Ethnic Group', 'Ethnic Category') is missing from the header of this staff file.",
            HeaderMatcher.MissingColumns("staff.csv", match, "staff").Message);
    }

    private static readonly string[][] Spellings =
    [
        ["Employee Number", "employee_number", "EMPLOYEE-NO", "Emp No", "Staff Number", "Person Number"],
        ["Ethnic Origin", "ETHNIC ORIGIN", "Ethnicity", "ethnic_group", "Ethnic Category"],
        ["Staff Group", "staff_group", "STAFF.GROUP"],
        ["Pay Band", "Grade", "Band", "AfC Band", "Pay Grade", "grade_name"],
        ["FTE", "WTE", "Contracted WTE", "contracted-fte", "Assignment FTE"],
        ["Disability", "Disability Flag", "Disabled", "Disability Status"],
    ];

    /// <summary>Any order of the columns, any of their spellings: every column is found where it is.</summary>
    [Property(MaxTest = 200)]
    public Property Match_AnyPermutationAndSpelling_FindsEveryColumn() =>
        Prop.ForAll(
            Gen.Shuffle(Enumerable.Range(0, Spellings.Length).ToArray())
                .SelectMany(order => Gen.ArrayOf(Gen.Choose(0, 5), Spellings.Length).Select(choice => (order, choice)))
                .ToArbitrary(),
            pick =>
            {
                var (order, choice) = pick;
                var header = order.Select(i => Spellings[i][choice[i] % Spellings[i].Length]).ToArray();
                var match = Staff(header);
                string[] names = ["Employee Number", "Ethnic Origin", "Staff Group", "Pay Band", "FTE", "Disability"];
                return match.Missing.Count == 0
                    && names.Select((name, i) => match.Ordinals[Column(name)] == Array.IndexOf(order, i)).All(found => found)
                    && match.Findings.All(f => f.Severity == IssueSeverity.Note);
            });
}
