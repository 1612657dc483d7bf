using NodaTime;

namespace Wres.Cli;

/// <summary>The <c>wres</c> command-line tool.</summary>
internal static class Program
{
    public static int Main(string[] args) =>
        new WresCli(Console.Out, Console.Error, SystemClock.Instance, Console.IsErrorRedirected ? null : Console.Error).Run(args);
}
