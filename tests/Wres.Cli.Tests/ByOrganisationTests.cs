using System.Text.Json;

namespace Wres.Cli.Tests;

/// <summary><c>wres report --by-organisation</c>, <c>wres validate --by-organisation</c> and <c>wres sample --organisations</c>, end to end through the tool's entry point.</summary>
public sealed class ByOrganisationTests : IDisposable
{
    private static readonly string[] Codes = ["RXX01", "RXX02", "RXX03"];
    private static readonly string[] Files = ["staff", "recruitment", "disciplinary", "training", "board", "survey", "previous-staff", "previous-disciplinary"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonElement Json(CliRun run) => JsonDocument.Parse(run.Output).RootElement;

    private static List<JsonElement> Organisations(JsonElement report) => [.. report.GetProperty("organisations").EnumerateArray()];

    private static JsonElement Indicator(JsonElement report, string id) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static int Headcount(JsonElement report) => report.GetProperty("workforce").GetProperty("headcount").GetInt32();

    /// <summary>Writes a synthetic trust over three organisations with <c>wres sample</c>; returns its folder.</summary>
    private string ThreeOrganisations()
    {
        var folder = _folder.Combine("trust");
        var run = CliRun.Of("sample", "--output", folder, "--organisations", "3", "--staff-count", "600", "--seed", "7");
        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        return folder;
    }

    /// <summary>The options naming every file of the trust in <paramref name="folder"/>.</summary>
    private static string[] AllFiles(string folder) =>
        [.. Files.SelectMany(name => new[] { "--" + name, Path.Combine(folder, name + ".csv") })];

    [Fact]
    public void Sample_Organisations_SpreadsDistinctPeopleOverTheCodes()
    {
        var folder = ThreeOrganisations();

        var lines = File.ReadAllLines(Path.Combine(folder, "staff.csv"));
        var header = lines[0].Split(',');
        var employee = Array.IndexOf(header, "Employee Number");
        var organisation = Array.IndexOf(header, "Organisation");
        var organisationsOfEachPerson = lines.Skip(1)
            .Select(line => line.Split(','))
            .GroupBy(cells => cells[employee], cells => cells[organisation])
            .ToList();
        Assert.All(organisationsOfEachPerson, person => Assert.Single(person.Distinct()));
        Assert.Equal(Codes, organisationsOfEachPerson.Select(person => person.First()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Report_ByOrganisationAsJson_CombinedThenOneFullReportPerOrganisation()
    {
        var folder = ThreeOrganisations();

        var run = CliRun.Of(["report", "--by-organisation", .. AllFiles(folder), "--year-end", "2026-03-31", "--organisation", "Example ICS", "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.NotNull(run.RejectionSummary);
        var json = Json(run);
        Assert.Equal("wres-report/1", json.GetProperty("schema").GetString());
        Assert.Equal("Example ICS", json.GetProperty("organisation").GetString());
        var organisations = Organisations(json);
        Assert.Equal(Codes, organisations.Select(o => o.GetProperty("organisation").GetString()));
        Assert.All(organisations, o =>
        {
            Assert.Equal("wres-report/1", o.GetProperty("schema").GetString());
            Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9"], o.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
            Assert.Equal("Computed", Indicator(o, "2").GetProperty("status").GetString());
            Assert.Equal("NotProvided", Indicator(o, "9").GetProperty("status").GetString());
            Assert.InRange(Headcount(o), 1, Headcount(json) - 1);
        });
        Assert.Equal(Headcount(json), organisations.Sum(Headcount));
        Assert.InRange(Headcount(json), 500, 600);
        Assert.Equal("Computed", Indicator(json, "9").GetProperty("status").GetString());
        var applications = organisations.Sum(o => Indicator(o, "2").GetProperty("white").GetProperty("base").GetInt32());
        Assert.Equal(Indicator(json, "2").GetProperty("white").GetProperty("base").GetInt32(), applications);
    }

    [Theory]
    [InlineData("text", "Organisation RXX02\n------------------\n")]
    [InlineData("markdown", "## Organisation RXX02\n")]
    [InlineData("html", "<h2 id=\"organisation-2\">Organisation RXX02</h2>")]
    [InlineData("csv", "\r\nRXX02,Report,,,Organisation,,,,,,,,RXX02\r\n")]
    public void Report_ByOrganisationInEachFormat_HasASectionPerOrganisation(string format, string expected)
    {
        var folder = ThreeOrganisations();

        var run = CliRun.Of(["report", "--by-organisation", .. AllFiles(folder), "--year-end", "2026-03-31", "--format", format]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ByOrganisationWdes_EveryReportIsWdes()
    {
        var folder = ThreeOrganisations();

        var run = CliRun.Of(["report", "--by-organisation", "--standard", "wdes", .. AllFiles(folder), "--year-end", "2026-03-31", "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        var json = Json(run);
        Assert.Equal("wdes", json.GetProperty("standard").GetString());
        var organisations = Organisations(json);
        Assert.Equal(Codes, organisations.Select(o => o.GetProperty("organisation").GetString()));
        Assert.All(organisations, o =>
        {
            Assert.Equal("wdes", o.GetProperty("standard").GetString());
            Assert.True(o.GetProperty("workforce").TryGetProperty("disabled", out _));
            Assert.Equal("10", o.GetProperty("indicators").EnumerateArray().Last().GetProperty("id").GetString());
        });
        Assert.Equal(Headcount(json), organisations.Sum(Headcount));
        var disabled = organisations.Sum(o => o.GetProperty("workforce").GetProperty("disabled").GetInt32());
        Assert.Equal(json.GetProperty("workforce").GetProperty("disabled").GetInt32(), disabled);
    }

    [Fact]
    public void Report_ByOrganisationCompareWithLastYearsRollUp_ComparesEachOrganisationWithItsOwn()
    {
        var folder = ThreeOrganisations();
        var lastYear = _folder.Combine("wres-2024-25.json");
        var written = CliRun.Of(
            "report", "--by-organisation", "--staff", Path.Combine(folder, "previous-staff.csv"), "--disciplinary", Path.Combine(folder, "previous-disciplinary.csv"),
            "--year-end", "2025-03-31", "--format", "json", "--output", lastYear);
        Assert.Equal((0, string.Empty), (written.ExitCode, written.Error));
        var last = JsonDocument.Parse(File.ReadAllText(lastYear)).RootElement;

        var run = CliRun.Of(["report", "--by-organisation", .. AllFiles(folder), "--year-end", "2026-03-31", "--compare-with", lastYear, "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.NotNull(run.RejectionSummary);
        var json = Json(run);
        Assert.Equal("2024/25", json.GetProperty("comparedWith").GetProperty("year").GetString());
        Assert.Equal(Headcount(last), json.GetProperty("workforce").GetProperty("previous").GetProperty("headcount").GetInt32());
        var lastByCode = Organisations(last).ToDictionary(o => o.GetProperty("organisation").GetString()!);
        foreach (var organisation in Organisations(json))
        {
            var code = organisation.GetProperty("organisation").GetString()!;
            Assert.Equal(code, organisation.GetProperty("comparedWith").GetProperty("organisation").GetString());
            var workforce = organisation.GetProperty("workforce");
            Assert.Equal(Headcount(lastByCode[code]), workforce.GetProperty("previous").GetProperty("headcount").GetInt32());
            Assert.Equal(Headcount(organisation) - Headcount(lastByCode[code]), workforce.GetProperty("change").GetProperty("headcount").GetInt32());
        }
    }

    [Fact]
    public void Report_ByOrganisationCompareWithASingleReport_ComparesTheCombinedReportOnly()
    {
        var folder = ThreeOrganisations();
        var lastYear = _folder.Combine("last.json");
        CliRun.Of("report", "--staff", Path.Combine(folder, "previous-staff.csv"), "--year-end", "2025-03-31", "--format", "json", "--output", lastYear);

        var run = CliRun.Of(["report", "--by-organisation", .. AllFiles(folder), "--year-end", "2026-03-31", "--compare-with", lastYear]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Not compared with last year: last year's report has no report for organisation RXX01.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Last year: people", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ByOrganisation_WritesTheDataQualityOfEachOrganisation()
    {
        var folder = ThreeOrganisations();

        var run = CliRun.Of(["validate", "--by-organisation", .. AllFiles(folder), "--year-end", "2026-03-31", "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        var json = Json(run);
        Assert.Equal("wres-data-quality/1", json.GetProperty("schema").GetString());
        Assert.False(json.TryGetProperty("indicators", out _));
        var organisations = Organisations(json);
        Assert.Equal(Codes, organisations.Select(o => o.GetProperty("organisation").GetString()));
        Assert.All(organisations, o => Assert.Equal("wres-data-quality/1", o.GetProperty("schema").GetString()));
        int Counted(JsonElement report) => report.GetProperty("dataQuality").GetProperty("files").EnumerateArray()
            .Single(f => f.GetProperty("file").GetString() == "staff.csv").GetProperty("rowsCounted").GetInt32();
        Assert.Equal(Counted(json), organisations.Sum(Counted));
    }

    [Fact]
    public void Report_SampleByOrganisation_TheEmbeddedTrustIsOneOrganisation()
    {
        var run = CliRun.Of("report", "--sample", "--by-organisation", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var json = Json(run);
        Assert.StartsWith("Synthetic NHS Trust", json.GetProperty("organisation").GetString(), StringComparison.Ordinal);
        var organisation = Assert.Single(Organisations(json));
        Assert.Equal("RXX", organisation.GetProperty("organisation").GetString());
        Assert.Equal(Headcount(json), Headcount(organisation));
    }

    [Fact]
    public void Report_ByOrganisation_RowsWithoutOrganisationCountInTheCombinedOnlyWithAWarning()
    {
        var staff = _folder.File(
            "staff.csv",
            "Employee Number,Ethnic Origin,Staff Group,Pay Band,Organisation\n1,A,03,Band 5,R1\n2,N,03,Band 5,R1\n3,A,03,Band 5,R2\n4,N,03,Band 5,\n");

        var run = CliRun.Of("report", "--by-organisation", "--staff", staff, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = Json(run);
        Assert.Equal(4, Headcount(json));
        Assert.Equal([2, 1], Organisations(json).Select(Headcount));
        var issues = json.GetProperty("dataQuality").GetProperty("files")[0].GetProperty("issues").EnumerateArray().ToList();
        var warning = Assert.Single(issues, i => i.GetProperty("code").GetString() == "WRES212");
        Assert.Equal("Warning", warning.GetProperty("severity").GetString());
    }

    [Fact]
    public void Report_ByOrganisationWithARejectedRowInOneOrganisation_ExitsOne()
    {
        var staff = _folder.File(
            "staff.csv",
            "Employee Number,Ethnic Origin,Staff Group,Pay Band,Organisation\n1,A,03,Band 5,R1\n2,N,Doctors,Band 5,R2\n");

        var run = CliRun.Of("report", "--by-organisation", "--staff", staff, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var rejected = Organisations(Json(run)).Select(o => o.GetProperty("dataQuality").GetProperty("files")[0].GetProperty("rowsRejected").GetInt32());
        Assert.Equal([0, 1], rejected);
    }

    [Fact]
    public void Report_ByOrganisationWithAMissingFile_ExitTwoWithOneLine()
    {
        var output = _folder.Combine("report.json");

        var run = CliRun.Of("report", "--by-organisation", "--staff", _folder.Combine("nope.csv"), "--format", "json", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(output));
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("WRES001", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    public void Sample_OrganisationsOutOfRange_ExitTwoWithOneLine(string organisations)
    {
        var run = CliRun.Of("sample", "--output", _folder.Combine("trust"), "--organisations", organisations);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("wres: --organisations must be between 1 and 99.", run.Error.TrimEnd());
        Assert.False(Directory.Exists(_folder.Combine("trust")));
    }
}
