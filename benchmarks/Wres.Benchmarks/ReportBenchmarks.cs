using BenchmarkDotNet.Attributes;
using Wres.Core;

namespace Wres.Benchmarks;

/// <summary>The whole report from typed records already in memory: the library against the LINQ reference.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private readonly WresCalculator _calculator = new();
    private WresDataset _dataset = new();

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup() => _dataset = Data.Dataset(Staff);

    [Benchmark(Baseline = true)]
    public NaiveReport.Result Linq() => NaiveReport.Compute(_dataset, Data.Year);

    [Benchmark]
    public WresReport Library() => _calculator.Calculate(_dataset, Data.Year);
}
