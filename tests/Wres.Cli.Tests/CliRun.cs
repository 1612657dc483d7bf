using NodaTime;
using NodaTime.Testing;

namespace Wres.Cli.Tests;

/// <summary>The result of running the tool's entry point in-process.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Today, for the default year end: 26 November 2026, so the default year is 2025/26.</summary>
    public static readonly Instant Today = Instant.FromUtc(2026, 11, 26, 12, 0);

    /// <summary>
    /// The one line standard error holds after a run that rejected rows (and nothing else): how many, where, the
    /// first one; <see langword="null"/> when standard error holds anything else.
    /// </summary>
    public string? RejectionSummary
    {
        get
        {
            var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return lines.Length == 1 && lines[0].StartsWith("wres: ", StringComparison.Ordinal) && lines[0].Contains(" rejected (", StringComparison.Ordinal)
                ? lines[0].TrimEnd('\r')
                : null;
        }
    }

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = new WresCli(output, error, new FakeClock(Today), terminal: null).Run(args);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
