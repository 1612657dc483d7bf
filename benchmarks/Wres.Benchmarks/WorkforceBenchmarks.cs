using BenchmarkDotNet.Attributes;
using Wres.Core.Workforce;

namespace Wres.Benchmarks;

/// <summary>From assignments to people (de-duplication and the selection rules): the library against LINQ GroupBy.</summary>
[MemoryDiagnoser]
public class WorkforceBenchmarks
{
    private IReadOnlyList<StaffAssignment> _staff = [];

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup() => _staff = Data.Dataset(Staff).Staff!;

    [Benchmark(Baseline = true)]
    public int Linq() => NaiveReport.People(_staff).Count;

    [Benchmark]
    public int Library() => WorkforceSnapshot.FromAssignments(_staff).Headcount;
}
