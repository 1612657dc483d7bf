using System.Text;
using Wres.Core.Mapping;

namespace Wres.Core.Tests.Mapping;

public class MappingFileTests
{
    private const string Example = """
        {
          // a trust's names, as the data contract shows them
          "columns": { "staff": { "Pers No": "Employee Number", "Race": "Ethnic Origin" },
                       "recruitment": { "Candidate Ethnicity": "Ethnic Origin" } },
          "values": {
            "ethnicity":          { "Kashmiri": "L", "White - Cornish": "A" },
            "grade":              { "AfC 5": "Band 5", "Clinical Fellow": "Other" },
            "staffGroup":         { "Nursing": "03" },
            "caseType":           { "Conduct Hearing": "Disciplinary", "Attendance": "Excluded" },
            "assignmentCategory": { "Zero Hours": "Bank" },
            "disability":         { "Y - Disabled": "Yes" },
            "sex":                { "Woman": "Female" },
          }
        }
        """;

    [Fact]
    public void Parse_ContractExample_ReadsEverySection()
    {
        var mapping = MappingFile.Parse(Example);

        Assert.Equal("Employee Number", mapping.Columns["staff"]["Pers No"]);
        Assert.Equal("Ethnic Origin", mapping.Columns["STAFF"]["race"]);
        Assert.Equal("Ethnic Origin", mapping.Columns["recruitment"]["Candidate Ethnicity"]);
        Assert.Equal("L", mapping.Values.Ethnicity["Kashmiri"]);
        Assert.Equal("A", mapping.Values.Ethnicity["White - Cornish"]);
        Assert.Equal("Band 5", mapping.Values.Grade["AfC 5"]);
        Assert.Equal("Other", mapping.Values.Grade["Clinical Fellow"]);
        Assert.Equal("03", mapping.Values.StaffGroup["Nursing"]);
        Assert.Equal("Excluded", mapping.Values.CaseType["Attendance"]);
        Assert.Equal("Bank", mapping.Values.AssignmentCategory["Zero Hours"]);
        Assert.Equal("Yes", mapping.Values.Disability["Y - Disabled"]);
        Assert.Equal("Female", mapping.Values.Sex["woman"]);
        Assert.False(mapping.IsEmpty);
    }

    [Fact]
    public void Add_CopiesColumnsAndValues_LaterEntriesReplace()
    {
        var options = new WresOptions();
        options.Mapping.Values.Grade["AfC 5"] = "Band 6";
        options.Mapping.Values.Grade["Local 9"] = "Other";

        options.Mapping.Add(MappingFile.Parse(Example));

        Assert.Equal("Band 5", options.Mapping.Values.Grade["afc 5"]);
        Assert.Equal("Other", options.Mapping.Values.Grade["Local 9"]);
        Assert.Equal("Employee Number", options.Mapping.Columns["staff"]["Pers No"]);
        Assert.Equal("Yes", options.Mapping.Values.Disability["Y - Disabled"]);
        Assert.Equal("Excluded", options.Mapping.Values.CaseType["Attendance"]);
        Assert.Equal("Female", options.Mapping.Values.Sex["Woman"]);
    }

    [Fact]
    public void Parse_EmptyObject_IsEmpty() => Assert.True(MappingFile.Parse("{}").IsEmpty);

    [Theory]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{ \"colums\": {} }", "\"colums\" is not a section")]
    [InlineData("{ \"columns\": { \"staf\": {} } }", "columns.staf is not an input file")]
    [InlineData("{ \"values\": { \"ethnic\": {} } }", "values.ethnic is not a kind of value")]
    [InlineData("{ \"values\": { \"grade\": { \"AfC 5\": 5 } } }", "values.grade: the value for 'AfC 5' must be a string")]
    [InlineData("{ \"values\": { \"grade\": [] } }", "values.grade must be a JSON object")]
    [InlineData("{ \"values\": { \"grade\": { \"A\": \"Band 5\", \"a\": \"Band 6\" } } }", "'a' is mapped twice")]
    [InlineData("{ \"values\": ", "not valid JSON (line 1")]
    public void Parse_WrongShape_SaysWhere(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => MappingFile.Parse(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Stream_ReadsUtf8()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Example));

        Assert.Equal("L", MappingFile.Load(stream).Values.Ethnicity["Kashmiri"]);
    }

    [Fact]
    public void Load_StreamOverTheLimit_IsRefusedBeforeParsing()
    {
        using var stream = new MemoryStream(new byte[MappingFile.MaximumBytes + 1]);

        var e = Assert.Throws<FormatException>(() => MappingFile.Load(stream));

        Assert.Contains("larger than 1024 KiB", e.Message, StringComparison.Ordinal);
    }
}
