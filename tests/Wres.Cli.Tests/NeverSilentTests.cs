namespace Wres.Cli.Tests;

/// <summary>Issue 10: sample data stays apart from a user's files, and rejected rows are never passed over in silence.</summary>
public sealed class NeverSilentTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_RejectedRowsWrittenToAFile_OneSummaryLineOnStandardError()
    {
        var path = _folder.Combine("out/report.html");

        var run = CliRun.Of("report", "--sample", "--format", "html", "--output", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            $"wres: 5 rows rejected (staff.csv 1, recruitment.csv 2, disciplinary.csv 1, training.csv 1); the first: staff.csv line 11, column Staff Group, WRES106; every one is listed in the data-quality section of {path}.",
            run.RejectionSummary);
    }

    [Fact]
    public void Report_RejectedRowsToStandardOutput_SummaryStillOnStandardError()
    {
        var staff = _folder.File("staff.csv", "Employee Number,Ethnic Origin,Staff Group,Pay Band,FTE\n1,A,03,Band 5,1\n2,N,99,Band 5,1\n3,A,98,Band 6,1\n");

        var run = CliRun.Of("report", "--staff", staff, "--year-end", "2026-03-31");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "wres: 2 rows rejected (staff.csv 2); the first: staff.csv line 3, column Staff Group, WRES106; every one is listed in the report's data-quality section.",
            run.RejectionSummary);
        Assert.DoesNotContain("Band 6", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NoRejectedRows_StandardErrorStaysEmpty()
    {
        var staff = _folder.File("staff.csv", "Employee Number,Ethnic Origin,Staff Group,Pay Band\n1,A,03,Band 5\n");

        var run = CliRun.Of("report", "--staff", staff, "--year-end", "2026-03-31", "--output", _folder.Combine("r.txt"));

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
    }

    [Theory]
    [InlineData("--staff")]
    [InlineData("--recruitment")]
    [InlineData("--previous-disciplinary")]
    public void Report_SampleWithAnyInputFile_IsAUsageErrorNamingIt(string option)
    {
        var file = _folder.File("mine.csv", "Employee Number,Ethnic Origin,Staff Group,Pay Band\n1,A,03,Band 5\n");
        var output = _folder.Combine("never.json");

        var run = CliRun.Of("report", option, file, "--sample", "--organisation", "Example NHS Trust", "--format", "json", "--output", output);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            $"wres: --sample runs on the synthetic trust alone and cannot be combined with {option}: synthetic data is never mixed with your files. Leave out --sample to report on your files.",
            line.TrimEnd('\r'));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Validate_SampleWithAFile_IsAUsageErrorToo()
    {
        var file = _folder.File("board.csv", "Member,Ethnic Origin,Voting,Executive\nM1,A,Yes,Yes\n");

        var run = CliRun.Of("validate", "--sample", "--board", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be combined with --board", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "WRES report 2025/26: Synthetic NHS Trust (synthetic sample data)\n")]
    [InlineData("markdown", "# WRES report 2025/26: Synthetic NHS Trust (synthetic sample data)\n")]
    [InlineData("html", "<title>WRES report 2025/26: Synthetic NHS Trust (synthetic sample data)</title>")]
    [InlineData("csv", "Report,,,Title,,,,,,,,WRES report 2025/26: Synthetic NHS Trust (synthetic sample data)\r\n")]
    public void Report_Sample_TitleSaysSyntheticInEveryFormat(string format, string expected)
    {
        var run = CliRun.Of("report", "--sample", "--format", format);

        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SampleUnderAnotherName_TitleStillSaysSynthetic()
    {
        var run = CliRun.Of("report", "--sample", "--organisation", "Real Hospital NHS Trust", "--publish");

        Assert.StartsWith("WRES report 2025/26: Real Hospital NHS Trust (synthetic sample data)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Synthetic sample data: every figure in this report is computed from made-up records", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SampleAsJson_SyntheticTrue_OwnFilesHaveNoSyntheticKey()
    {
        var sample = System.Text.Json.JsonDocument.Parse(CliRun.Of("report", "--sample", "--format", "json").Output).RootElement;
        var staff = _folder.File("staff.csv", "Employee Number,Ethnic Origin,Staff Group,Pay Band,FTE\n1,A,03,Band 5,1\n");
        var own = System.Text.Json.JsonDocument.Parse(CliRun.Of("report", "--staff", staff, "--format", "json").Output).RootElement;

        Assert.True(sample.GetProperty("synthetic").GetBoolean());
        Assert.False(own.TryGetProperty("synthetic", out _));
        Assert.DoesNotContain("synthetic", CliRun.Of("report", "--staff", staff).Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Validate_Sample_SaysSynthetic()
    {
        var run = CliRun.Of("validate", "--sample", "--format", "json");

        Assert.True(System.Text.Json.JsonDocument.Parse(run.Output).RootElement.GetProperty("synthetic").GetBoolean());
    }
}
