using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wres.Cli.Tests;

/// <summary><c>wres inspect</c>, <c>--write-mapping</c> and <c>--mapping</c>: the loop of a trust's first run.</summary>
public sealed class InspectCommandTests : IDisposable
{
    /// <summary>A trust's own export: every required column under a name of its own, and values of its own.</summary>
    private const string TrustStaff = "Pers No,Race,Staff Group,Pay Scale,Contract\n5001,Martian,03,AfC 5,Permanent\n5002,N,03,AfC 5,Zero Hours\n5003,A,08,Band 3,Permanent\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Inspect_EsrNames_PrintsHowEachHeaderMatchedAndExitsZero()
    {
        var staff = _folder.File("staff.csv", "Employee No;ETHNIC_ORIGIN;Staff Group;Pay Band;Job Title\n1;A;03;Band 5;Nurse\n2;Martian;03;Band 5;Nurse\n3;Martian;03;Band 55;Nurse\n");

        var run = CliRun.Of("inspect", "--staff", staff);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("layout: semicolon-separated, header on line 1 (no preamble), UTF-8", run.Output, StringComparison.Ordinal);
        Assert.Contains("Employee Number      'Employee No' (alias)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ethnic Origin        'ETHNIC_ORIGIN' (normalised)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Staff Group          'Staff Group' (exact)", run.Output, StringComparison.Ordinal);
        Assert.Contains("unused headers: 'Job Title'", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ethnic Origin (values.ethnicity): 'Martian' in 2 rows", run.Output, StringComparison.Ordinal);
        Assert.Contains("Pay Band (values.grade): 'Band 55' in 1 row", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Nurse", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_RequiredColumnMissing_ShowsItAndExitsOne()
    {
        var staff = _folder.File("staff.csv", TrustStaff);

        var run = CliRun.Of("inspect", "--staff", staff);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Employee Number      MISSING (required)", run.Output, StringComparison.Ordinal);
        Assert.Contains("may be 'Employee Number': 'Pers No'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void InspectWriteMapping_FilledIn_ReportUsesIt()
    {
        var staff = _folder.File("staff.csv", TrustStaff);
        var mappingPath = _folder.Combine("trust.json");

        var inspect = CliRun.Of("inspect", "--staff", staff, "--write-mapping", mappingPath);

        Assert.Equal(1, inspect.ExitCode);
        var skeleton = JsonNode.Parse(File.ReadAllText(mappingPath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var columns = skeleton["columns"]!["staff"]!.AsObject();
        Assert.Equal(["Pers No", "Race", "Pay Scale", "Contract"], columns.Select(c => c.Key));
        Assert.Equal("Employee Number", (string?)columns["Pers No"]);

        // The analyst fills in the blanks and corrects the guesses.
        columns["Race"] = "Ethnic Origin";
        columns["Pay Scale"] = "Pay Band";
        columns["Contract"] = "Assignment Category";
        File.WriteAllText(mappingPath, skeleton.ToJsonString());
        var second = CliRun.Of("inspect", "--staff", staff, "--mapping", mappingPath, "--write-mapping", mappingPath);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Employee Number      'Pers No' (mapped)", second.Output, StringComparison.Ordinal);
        var values = JsonNode.Parse(File.ReadAllText(mappingPath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!["values"]!;
        Assert.Equal(["Martian"], values["ethnicity"]!.AsObject().Select(v => v.Key));
        Assert.Equal(["AfC 5"], values["grade"]!.AsObject().Select(v => v.Key));
        Assert.Equal(["Zero Hours"], values["assignmentCategory"]!.AsObject().Select(v => v.Key));

        // The second skeleton holds only values: fill them in, keep the columns, and report.
        var mapping = new JsonObject
        {
            ["columns"] = new JsonObject { ["staff"] = new JsonObject { ["Pers No"] = "Employee Number", ["Race"] = "Ethnic Origin", ["Pay Scale"] = "Pay Band", ["Contract"] = "Assignment Category" } },
            ["values"] = new JsonObject
            {
                ["ethnicity"] = new JsonObject { ["Martian"] = "S" },
                ["grade"] = new JsonObject { ["AfC 5"] = "Band 5" },
                ["assignmentCategory"] = new JsonObject { ["Zero Hours"] = "Bank" },
            },
        };
        File.WriteAllText(mappingPath, mapping.ToJsonString());
        var report = CliRun.Of("report", "--staff", staff, "--mapping", mappingPath, "--year-end", "2026-03-31", "--format", "json");

        Assert.Equal((0, string.Empty), (report.ExitCode, report.Error));
        var json = JsonDocument.Parse(report.Output).RootElement;
        var file = json.GetProperty("dataQuality").GetProperty("files")[0];
        Assert.Equal((3, 2, 1), (file.GetProperty("rowsRead").GetInt32(), file.GetProperty("rowsCounted").GetInt32(), file.GetProperty("rowsExcluded").GetInt32()));
        Assert.DoesNotContain(file.GetProperty("issues").EnumerateArray(), i => i.GetProperty("severity").GetString() != "Note");
    }

    [Fact]
    public void InspectPay_SexValuesOfItsOwn_ListedMappedAndThenCounted()
    {
        var pay = _folder.File("pay.csv", "Employee Number,Full Pay,Hourly Rate,Sex\n1,Yes,20,Woman\n2,Yes,25,Man\n3,Yes,22,F\n4,Yes,21,Woman\n");
        var mappingPath = _folder.Combine("trust.json");

        var inspect = CliRun.Of("inspect", "--pay", pay, "--write-mapping", mappingPath);

        Assert.Equal(0, inspect.ExitCode);
        Assert.Contains("pay.csv (pay file)", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("Sex (values.sex): 'Woman' in 2 rows", inspect.Output, StringComparison.Ordinal);
        Assert.Contains("Sex (values.sex): 'Man' in 1 row", inspect.Output, StringComparison.Ordinal);
        var skeleton = JsonNode.Parse(File.ReadAllText(mappingPath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        Assert.Equal(["Woman", "Man"], skeleton["values"]!["sex"]!.AsObject().Select(v => v.Key));

        var before = CliRun.Of("paygap", "--pay", pay, "--year-end", "2026-03-31", "--format", "json");
        File.WriteAllText(mappingPath, "{ \"values\": { \"sex\": { \"Woman\": \"Female\", \"Man\": \"Male\" } } }");
        var after = CliRun.Of("paygap", "--pay", pay, "--mapping", mappingPath, "--year-end", "2026-03-31", "--format", "json");
        var again = CliRun.Of("inspect", "--pay", pay, "--mapping", mappingPath);

        Assert.Equal((0, 0), (before.ExitCode, after.ExitCode));
        Assert.Equal((0, 1, 3), SexCounts(before.Output));
        Assert.Equal((1, 3, 0), SexCounts(after.Output));
        Assert.Contains("unclassified values: none", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void InspectPay_WithSample_IsAUsageError()
    {
        var pay = _folder.File("pay.csv", "Employee Number,Full Pay,Hourly Rate\n1,Yes,20\n");

        var run = CliRun.Of("inspect", "--sample", "--pay", pay);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("--sample", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InspectSample_ListsThePayFileToo() =>
        Assert.Contains("pay.csv (pay file)", CliRun.Of("inspect", "--sample").Output, StringComparison.Ordinal);

    [Fact]
    public void PayGap_MappedSexToAnUnknownValue_UsageErrorNamingTheKey()
    {
        var pay = _folder.File("pay.csv", "Employee Number,Full Pay,Hourly Rate,Sex\n1,Yes,20,Woman\n");
        var mapping = _folder.File("trust.json", "{ \"values\": { \"sex\": { \"Woman\": \"W\" } } }");

        var run = CliRun.Of("paygap", "--pay", pay, "--mapping", mapping);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("values.sex: 'Woman' is mapped to 'W', which is not Male, Female, Other or Unknown.", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The gender pay gap's relevant employees: men, women, and neither (unknown or other).</summary>
    private static (int Men, int Women, int Neither) SexCounts(string json)
    {
        var gap = JsonDocument.Parse(json).RootElement.GetProperty("payGaps").EnumerateArray()
            .First(c => c.GetProperty("characteristic").GetString() == "sex").GetProperty("relevant");
        return (gap.GetProperty("reference").GetInt32(), gap.GetProperty("focus").GetInt32(), gap.GetProperty("unknown").GetInt32());
    }

    [Theory]
    [InlineData("{ \"values\": { \"grade\": { \"AfC 5\": \"Band 55\" } } }", "values.grade: 'AfC 5' is mapped to 'Band 55'")]
    [InlineData("{ \"columns\": { \"staf\": { \"Pers No\": \"Employee Number\" } } }", "staf")]
    [InlineData("{ not json", "not valid JSON")]
    public void Report_BadMappingFile_UsageErrorNamingTheFileAndExitTwo(string content, string problem)
    {
        var staff = _folder.File("staff.csv", TrustStaff);
        var mapping = _folder.File("trust.json", content);

        var run = CliRun.Of("report", "--staff", staff, "--mapping", mapping);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith($"wres: --mapping {mapping}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MappingNamesNoContractColumn_ExitTwoWithItsCode()
    {
        var staff = _folder.File("staff.csv", TrustStaff);
        var mapping = _folder.File("trust.json", "{ \"columns\": { \"staff\": { \"Pers No\": \"Person Id\" } } }");

        var run = CliRun.Of("validate", "--staff", staff, "--mapping", mapping);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("[WRES007]", run.Error, StringComparison.Ordinal);
    }
}
