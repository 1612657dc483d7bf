using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Wres.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Wres.Benchmarks -- --filter '*'</c>.
/// <c>--dry</c> runs every benchmark once at its smallest size (what CI does, to keep them working).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--dry"))
        {
            Sizes.DryRun = true;
            var config = DefaultConfig.Instance
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Dry"))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);
            var summaries = BenchmarkRunner.Run(typeof(Program).Assembly, config, [.. args.Where(a => a != "--dry")]);
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
