using System.Text.Json;
using Wres.Synthetic;

namespace Wres.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private const string StaffHeader = "Employee Number,Assignment Number,Ethnic Origin,Staff Group,Pay Band,Primary Assignment,Assignment Category,FTE";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Staff(params string[] rows) => _folder.File("staff.csv", StaffHeader + "\n" + string.Join("\n", rows) + "\n");

    private static JsonElement Json(CliRun run) => JsonDocument.Parse(run.Output).RootElement;

    private static JsonElement Indicator(JsonElement report, string id) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static JsonElement File(JsonElement report, string name) =>
        report.GetProperty("dataQuality").GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == name);

    [Fact]
    public void Report_Sample_WritesReadableTextAndExitsOneForTheDeliberateBadRows()
    {
        var run = CliRun.Of("report", "--sample");

        Assert.Equal(1, run.ExitCode);
        Assert.NotNull(run.RejectionSummary);
        Assert.Contains("Synthetic NHS Trust", run.Output, StringComparison.Ordinal);
        Assert.Contains("2025/26", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SampleAsJson_HasEveryIndicatorAndReconciles()
    {
        var run = CliRun.Of("report", "--sample", "--format", "json");

        var json = Json(run);
        Assert.Equal("wres-report/1", json.GetProperty("schema").GetString());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9"], json.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.True(Indicator(json, "3").GetProperty("rolling").GetBoolean());
        foreach (var file in json.GetProperty("dataQuality").GetProperty("files").EnumerateArray())
        {
            Assert.Equal(
                file.GetProperty("rowsRead").GetInt32(),
                file.GetProperty("rowsCounted").GetInt32() + file.GetProperty("rowsExcluded").GetInt32() + file.GetProperty("rowsRejected").GetInt32());
        }
    }

    [Fact]
    public void Report_HtmlToFile_WritesThePage()
    {
        var path = _folder.Combine("out/report.html");

        var run = CliRun.Of("report", "--sample", "--format", "html", "--output", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("<!DOCTYPE html>", System.IO.File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_StaffOnly_OtherIndicatorsNotProvided_ExitZero()
    {
        var run = CliRun.Of("report", "--staff", Staff("1,1-1,A,03,Band 5,Yes,Permanent,1.0", "2,2-1,N,03,Band 6,Yes,Permanent,1.0"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = Json(run);
        Assert.Equal(2, json.GetProperty("workforce").GetProperty("headcount").GetInt32());
        Assert.Equal("NotProvided", Indicator(json, "2").GetProperty("status").GetString());
        Assert.Equal("2025-04-01", json.GetProperty("period").GetProperty("start").GetString());
    }

    [Fact]
    public void Report_EachOtherFileAlone_IsReadAndReported()
    {
        var recruitment = _folder.File("recruitment.csv", "Application Id,Ethnic Origin,Shortlisted,Appointed\nA1,A,Yes,Yes\nA2,N,Yes,No\n");
        var disciplinary = _folder.File("disciplinary.csv", "Case Reference,Employee Number,Start Date\nC1,1,2025-06-01\n");
        var training = _folder.File("training.csv", "Employee Number,Course,Mandatory\n1,Leadership,No\n");
        var board = _folder.File("board.csv", "Member,Ethnic Origin,Voting,Executive\nChair,A,Yes,No\n");
        var survey = _folder.File("survey.csv", "Indicator,Group,Percent\n5,White,20\n5,BME,25\n");

        Assert.Equal(0, CliRun.Of("report", "--recruitment", recruitment, "--format", "json").ExitCode);
        Assert.Equal("NotProvided", Indicator(Json(CliRun.Of("report", "--disciplinary", disciplinary, "--format", "json")), "3").GetProperty("status").GetString());
        Assert.Equal(1, File(Json(CliRun.Of("report", "--training", training, "--format", "json")), "training.csv").GetProperty("rowsCounted").GetInt32());
        Assert.Equal(1, Indicator(Json(CliRun.Of("report", "--board", board, "--format", "json")), "9").GetProperty("total").GetProperty("members").GetInt32());
        Assert.Equal(5m, Indicator(Json(CliRun.Of("report", "--survey", survey, "--format", "json")), "5").GetProperty("gapPercentagePoints").GetDecimal());
    }

    [Fact]
    public void Report_PreviousYearFiles_MakeIndicator3Rolling()
    {
        var staff = Staff("1,1-1,A,03,Band 5,Yes,Permanent,1.0", "2,2-1,N,03,Band 5,Yes,Permanent,1.0");
        var previousStaff = _folder.File("previous-staff.csv", StaffHeader + "\n1,1-1,A,03,Band 5,Yes,Permanent,1.0\n");
        var cases = _folder.File("disciplinary.csv", "Case Reference,Employee Number,Start Date\nC1,2,2025-06-01\n");
        var previousCases = _folder.File("previous-disciplinary.csv", "Case Reference,Employee Number,Start Date\nP1,1,2024-06-01\n");

        var json = Json(CliRun.Of("report", "--staff", staff, "--disciplinary", cases, "--previous-staff", previousStaff, "--previous-disciplinary", previousCases, "--format", "json"));

        var indicator = Indicator(json, "3");
        Assert.True(indicator.GetProperty("rolling").GetBoolean());
        Assert.Equal(1, indicator.GetProperty("white").GetProperty("events").GetInt32());
        Assert.Equal(2, indicator.GetProperty("white").GetProperty("base").GetInt32());
        Assert.Equal(1, indicator.GetProperty("bme").GetProperty("events").GetInt32());
    }

    [Fact]
    public void Report_BadRows_ExitOneWithCodesAndTotals()
    {
        var staff = Staff("1,1-1,NA,03,Band 5,Yes,Permanent,1.0", "2,2-1,A,Doctors,Band 5,Yes,Permanent,1.0", "3,3-1,A,03,Band 5,Yes,Permanent,1.0");
        var recruitment = _folder.File("recruitment.csv", "Application Id,Ethnic Origin,Shortlisted,Appointed,Date\nA1,A,Yes,Yes,2024-01-01\nA2,A,Yes,No,2025-06-01\n");

        var run = CliRun.Of("report", "--staff", staff, "--recruitment", recruitment, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var json = Json(run);
        var staffFile = File(json, "staff.csv");
        Assert.Equal((3, 2, 0, 1), (staffFile.GetProperty("rowsRead").GetInt32(), staffFile.GetProperty("rowsCounted").GetInt32(), staffFile.GetProperty("rowsExcluded").GetInt32(), staffFile.GetProperty("rowsRejected").GetInt32()));
        var codes = staffFile.GetProperty("issues").EnumerateArray().Where(i => i.GetProperty("line").ValueKind == System.Text.Json.JsonValueKind.Number).Select(i => (i.GetProperty("line").GetInt32(), i.GetProperty("code").GetString())).ToList();
        Assert.Contains((2, "WRES201"), codes);
        Assert.Contains((3, "WRES106"), codes);
        var recruitmentFile = File(json, "recruitment.csv");
        Assert.Equal(1, recruitmentFile.GetProperty("rowsExcluded").GetInt32());
        Assert.Equal("OutsideReportingYear", recruitmentFile.GetProperty("exclusions")[0].GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("", "WRES002")]
    [InlineData("Employee Number,Staff Group,Pay Band\n1,03,Band 5\n", "WRES003")]
    [InlineData("Employee Number,Ethnic Origin,Staff Group,Pay Band\n1,\"A,03,Band 5\n", "WRES004")]
    public void Report_UnreadableFile_ExitTwoWithOneLineAndNothingWritten(string content, string code)
    {
        var path = _folder.File("staff.csv", content);
        var output = _folder.Combine("report.json");

        var run = CliRun.Of("report", "--staff", path, "--format", "json", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(System.IO.File.Exists(output));
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("staff.csv", line, StringComparison.Ordinal);
        Assert.Contains(code, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BinaryFile_ExitTwo()
    {
        var path = _folder.File("staff.csv", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);

        var run = CliRun.Of("report", "--staff", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("WRES005", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MissingFile_ExitTwo()
    {
        var run = CliRun.Of("report", "--staff", _folder.Combine("nope.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("WRES001", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--format", "pdf", "--sample")]
    [InlineData("report", "--year-end", "31 March", "--sample")]
    [InlineData("report")]
    [InlineData("frobnicate")]
    [InlineData("report", "--standard", "xyz", "--sample")]
    public void Report_BadArguments_ExitTwo(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("wres: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_YearEndOption_ChangesThePeriod()
    {
        var json = Json(CliRun.Of("report", "--staff", Staff("1,1-1,A,03,Band 5,Yes,Permanent,1.0"), "--year-end", "2025-03-31", "--format", "json"));

        Assert.Equal("2024-04-01", json.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2025-03-31", json.GetProperty("period").GetProperty("snapshot").GetString());
    }

    [Fact]
    public void Report_Wdes_UsesDisabilityKeys()
    {
        var json = Json(CliRun.Of("report", "--sample", "--standard", "wdes", "--format", "json"));

        Assert.Equal("wdes", json.GetProperty("standard").GetString());
        Assert.True(json.GetProperty("workforce").TryGetProperty("disabled", out _));
    }

    [Fact]
    public void Report_Publish_SuppressesSmallCounts()
    {
        var json = Json(CliRun.Of("report", "--staff", Staff("1,1-1,A,03,Band 5,Yes,Permanent,1.0", "2,2-1,N,03,Band 5,Yes,Permanent,1.0"), "--publish", "--format", "json"));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("workforce").GetProperty("white").ValueKind);
        Assert.True(json.GetProperty("workforce").GetProperty("whiteSuppressed").GetBoolean());
    }

    [Fact]
    public void Validate_Sample_WritesDataQualityOnly()
    {
        var run = CliRun.Of("validate", "--sample");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("staff.csv", run.Output, StringComparison.Ordinal);
        Assert.Contains("WRES106", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Indicator 2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_WritesTheFilesAndTheyReadBack()
    {
        var run = CliRun.Of("sample", "--output", _folder.Combine("trust"), "--staff-count", "500", "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(9, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var report = CliRun.Of("report", "--staff", _folder.Combine("trust/staff.csv"), "--format", "json");
        Assert.Equal(1, report.ExitCode);
        Assert.InRange(Json(report).GetProperty("workforce").GetProperty("headcount").GetInt32(), 400, 500);
    }

    [Fact]
    public void Sample_BadStaffCount_ExitTwo() => Assert.Equal(2, CliRun.Of("sample", "--output", _folder.Path, "--staff-count", "5").ExitCode);

    [Fact]
    public void EmbeddedSample_IsWhatTheGeneratorWrites()
    {
        var expected = SyntheticTrust.WriteCsv(new SyntheticTrustOptions(), _folder.Combine("fresh"));

        foreach (var path in expected)
        {
            var name = Path.GetFileName(path);
            using var resource = typeof(SampleTrust).Assembly.GetManifestResourceStream("Wres.Cli.Sample." + name)!;
            using var copy = new MemoryStream();
            resource.CopyTo(copy);
            Assert.True(System.IO.File.ReadAllBytes(path).AsSpan().SequenceEqual(copy.ToArray()), $"The embedded {name} differs from the generator's output: regenerate it with 'wres sample --output src/Wres.Cli/Sample'.");
        }
    }

    [Fact]
    public void Report_CompareWithLastYearsJson_ShowsPreviousAndChange()
    {
        var lastYear = _folder.Combine("wres-2024-25.json");
        var written = CliRun.Of("report", "--sample", "--year-end", "2025-03-31", "--format", "json", "--output", lastYear);
        Assert.NotNull(written.RejectionSummary);
        var last = JsonDocument.Parse(System.IO.File.ReadAllText(lastYear)).RootElement;

        var run = CliRun.Of("report", "--sample", "--compare-with", lastYear, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.NotNull(run.RejectionSummary);
        var json = Json(run);
        Assert.Equal("2024/25", json.GetProperty("comparedWith").GetProperty("year").GetString());
        var workforce = json.GetProperty("workforce");
        Assert.Equal(last.GetProperty("workforce").GetProperty("headcount").GetInt32(), workforce.GetProperty("previous").GetProperty("headcount").GetInt32());
        var training = Indicator(json, "4");
        var lastRatio = Indicator(last, "4").GetProperty("relativeLikelihood").GetDouble();
        Assert.Equal(lastRatio, training.GetProperty("previous").GetProperty("relativeLikelihood").GetDouble());
        Assert.Equal(training.GetProperty("relativeLikelihood").GetDouble() - lastRatio, training.GetProperty("change").GetProperty("relativeLikelihood").GetDouble(), 1e-12);
        Assert.Equal(JsonValueKind.True, training.GetProperty("intervalsOverlap").ValueKind);
        Assert.All(Indicator(json, "1").GetProperty("rows").EnumerateArray(), row => Assert.Equal(JsonValueKind.Object, row.GetProperty("change").ValueKind));
    }

    [Fact]
    public void Report_CompareWithSmallFiles_ChangeInCountsAndPercentagePoints()
    {
        var lastYear = _folder.Combine("last.json");
        var lastStaff = _folder.File("staff-2024-25.csv", StaffHeader + "\n1,1-1,A,03,Band 5,Yes,Permanent,1.0\n2,2-1,A,03,Band 5,Yes,Permanent,1.0\n3,3-1,A,03,Band 5,Yes,Permanent,1.0\n4,4-1,N,03,Band 5,Yes,Permanent,1.0\n");
        Assert.Equal(0, CliRun.Of("report", "--staff", lastStaff, "--year-end", "2025-03-31", "--format", "json", "--output", lastYear).ExitCode);
        var staff = Staff("1,1-1,A,03,Band 5,Yes,Permanent,1.0", "2,2-1,A,03,Band 5,Yes,Permanent,1.0", "4,4-1,N,03,Band 5,Yes,Permanent,1.0", "5,5-1,N,03,Band 5,Yes,Permanent,1.0");

        var run = CliRun.Of("report", "--staff", staff, "--compare-with", lastYear, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = Json(run);
        var change = json.GetProperty("workforce").GetProperty("change");
        Assert.Equal((1, -1, 0), (change.GetProperty("bme").GetInt32(), change.GetProperty("white").GetInt32(), change.GetProperty("headcount").GetInt32()));
        Assert.Equal(25.0, change.GetProperty("bmePercent").GetDouble(), 1e-9);
        Assert.Equal(25.0, json.GetProperty("workforce").GetProperty("previous").GetProperty("bmePercent").GetDouble(), 1e-9);
        Assert.False(Indicator(json, "2").TryGetProperty("previous", out _));
    }

    [Fact]
    public void Report_CompareWithAsText_ShowsLastYearAndChange()
    {
        var lastYear = _folder.Combine("last.json");
        CliRun.Of("report", "--sample", "--year-end", "2025-03-31", "--format", "json", "--output", lastYear);

        var run = CliRun.Of("report", "--sample", "--compare-with", lastYear);

        Assert.Contains("Last year: people", run.Output, StringComparison.Ordinal);
        Assert.Contains("Change: pp", run.Output, StringComparison.Ordinal);
        Assert.Contains("Compared with last year's report (2024/25", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "does not exist")]
    [InlineData("folder", "is a folder")]
    [InlineData("invalid", "not valid JSON")]
    [InlineData("schema", "its schema is \"other/1\"")]
    [InlineData("validate", "data-quality report")]
    [InlineData("wdes", "is a WDES report and this report is WRES")]
    [InlineData("sameYear", "is for 2025/26, which is not earlier than this report's year 2025/26")]
    public void Report_CompareWithBadFile_ExitTwoWithOneLineAndNothingWritten(string problem, string message)
    {
        var compare = problem switch
        {
            "missing" => _folder.Combine("nope.json"),
            "folder" => Directory.CreateDirectory(_folder.Combine("last-year")).FullName,
            "invalid" => _folder.File("bad.json", "{\"schema\": "),
            "schema" => _folder.File("other.json", "{\"schema\": \"other/1\"}"),
            _ => _folder.Combine("previous.json"),
        };
        if (problem == "validate")
        {
            CliRun.Of("validate", "--sample", "--format", "json", "--output", compare);
        }
        else if (problem is "wdes" or "sameYear")
        {
            CliRun.Of("report", "--sample", "--standard", problem == "wdes" ? "wdes" : "wres", "--year-end", problem == "wdes" ? "2025-03-31" : "2026-03-31", "--format", "json", "--output", compare);
        }

        var output = _folder.Combine("report.json");

        var run = CliRun.Of("report", "--sample", "--compare-with", compare, "--format", "json", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(System.IO.File.Exists(output));
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("wres: --compare-with", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CompareWith_IsNotAnOption()
    {
        var run = CliRun.Of("validate", "--sample", "--compare-with", _folder.Combine("last.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("wres: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FolderGivenAsInputFile_ExitTwoSaysItIsAFolder()
    {
        var folder = Directory.CreateDirectory(_folder.Combine("staff")).FullName;

        var run = CliRun.Of("report", "--staff", folder);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"wres: staff: {folder} is a folder, not a file. [WRES001]", line.TrimEnd('\r'));
    }

    [Fact]
    public void Report_FolderGivenAsOutput_ExitTwoNamesTheOptionAndWritesNothing()
    {
        var folder = Directory.CreateDirectory(_folder.Combine("out")).FullName;

        var run = CliRun.Of("report", "--sample", "--output", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"wres: --output {folder} is a folder", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SeveralUnreadableFiles_OneLineEachThenExitTwo()
    {
        var disciplinary = _folder.File("cases.csv", "Employee Number,Ethnic Origin\n1,A\n");
        var training = _folder.File("courses.csv", "Employee Number,Date\n1,2025-06-01\n");

        var run = CliRun.Of("report", "--disciplinary", disciplinary, "--training", training);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("wres: cases.csv: the required columns 'Case Reference' and 'Start Date' (or 'Case Start Date', 'Date Opened', 'Date') are missing from the header of this disciplinary file. [WRES003]", lines[0]);
        Assert.Equal("wres: courses.csv: the required columns 'Course' and 'Mandatory' are missing from the header of this training file. [WRES003]", lines[1]);
    }
}
