using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Wres.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Wres.Benchmarks -- --filter '*'</c>.
/// <c>--dry</c> runs every benchmark once at its smallest size (what CI does, to keep them working);
/// <c>--dry --out-of-process</c> does it through BenchmarkDotNet's generated project, as a real run does;
/// <c>--max-staff N</c> leaves out the sizes above N.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var max = Array.IndexOf(args, "--max-staff");
        if (max >= 0 && max + 1 < args.Length && int.TryParse(args[max + 1], System.Globalization.CultureInfo.InvariantCulture, out var staff))
        {
            Sizes.MaxStaff = staff;
            args = [.. args[..max], .. args[(max + 2)..]];
        }

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
