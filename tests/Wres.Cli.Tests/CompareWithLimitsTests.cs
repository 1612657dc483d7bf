using System.Diagnostics;

namespace Wres.Cli.Tests;

/// <summary>Issue 10: <c>--compare-with</c> refuses, with one true line and early, a file that cannot be last year's report.</summary>
public sealed class CompareWithLimitsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_CompareWithFileLargerThan64MiB_RefusedBeforeItIsRead()
    {
        var huge = _folder.Combine("huge.json");
        using (var file = File.Create(huge))
        {
            // Sparse: a length beyond the limit costs no disk, and a reader that read it all would take a while.
            file.SetLength((64L * 1024 * 1024) + 1);
        }

        var run = Refused(huge);

        Assert.Contains("holds more than 64 MiB", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_CompareWithDevZero_RefusedAfterTheLimitNotAfterGigabytes()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var watch = Stopwatch.StartNew();

        var run = Refused("/dev/zero");

        Assert.Contains("holds more than 64 MiB", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", run.Error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Report_CompareWithEndlessFifo_RefusedOnceItHasGivenMoreThanTheLimit()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var fifo = Fifo("endless.json");
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    stream.Write(chunk);
                }
            }
            catch (IOException)
            {
                // The reader closed the pipe: it refused the file.
            }
        });

        var run = Refused(fifo);
        stop.Cancel();

        Assert.Contains("holds more than 64 MiB", run.Error, StringComparison.Ordinal);
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Report_CompareWithReportThroughAFifo_IsReadAndCompared()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var lastYear = _folder.Combine("last-year.json");
        Assert.Equal(1, CliRun.Of("report", "--sample", "--year-end", "2025-03-31", "--format", "json", "--output", lastYear).ExitCode);
        var fifo = Fifo("last-year-fifo.json");
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            stream.Write(File.ReadAllBytes(lastYear));
        });

        var run = CliRun.Of("report", "--sample", "--compare-with", fifo, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"comparedWith\"", run.Output, StringComparison.Ordinal);
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Report_CompareWithJsonNestedDeeperThanAReport_RefusedNamingTheDepth()
    {
        var deep = _folder.File("deep.json", "{\"schema\": \"wres-report/1\", \"x\": " + new string('[', 40) + new string(']', 40) + "}");

        var run = Refused(deep);

        Assert.Contains("deeper than a report's 16 levels (line 1)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_CompareWithVeryDeepJson_RefusedWithoutAnUnexpectedError()
    {
        var deep = _folder.File("very-deep.json", new string('[', 100_000) + new string(']', 100_000));

        var run = Refused(deep);

        Assert.Contains("deeper than a report's 16 levels", run.Error, StringComparison.Ordinal);
    }

    private CliRun Refused(string compareWith)
    {
        var output = _folder.Combine("report.json");

        var run = CliRun.Of("report", "--sample", "--compare-with", compareWith, "--format", "json", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(output));
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"wres: --compare-with {compareWith}: The previous report is not a wres-report/1 report: ", line, StringComparison.Ordinal);
        return run;
    }

    private string Fifo(string name)
    {
        var path = _folder.Combine(name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
