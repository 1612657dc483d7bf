using NodaTime;
using NodaTime.Testing;

namespace Wres.Cli.Tests;

/// <summary>The result of running the tool's entry point in-process.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Today, for the default year end: 26 November 2026, so the default year is 2025/26.</summary>
    public static readonly Instant Today = Instant.FromUtc(2026, 11, 26, 12, 0);

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = new WresCli(output, error, new FakeClock(Today), terminal: null).Run(args);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
