using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Wres.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Wres.Benchmarks -- --filter '*'</c>.
/// <c>--dry</c> runs every benchmark once at its smallest size (what CI does, to keep them working);
/// <c>--dry --out-of-process</c> does it through BenchmarkDotNet's generated project, as a real run does.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--dry"))
        {
            // In process by default (fast); --out-of-process builds BenchmarkDotNet's generated project as a real
            // run does, which catches build settings that break it.
            Sizes.DryRun = true;
            var job = args.Contains("--out-of-process") ? Job.Dry : Job.Dry.WithToolchain(InProcessEmitToolchain.Instance);
            var config = DefaultConfig.Instance
                .AddJob(job.WithId("Dry"))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);
            var summaries = BenchmarkRunner.Run(typeof(Program).Assembly, config, [.. args.Where(a => a is not "--dry" and not "--out-of-process")]);
            return summaries.Length == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
