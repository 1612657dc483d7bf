using BenchmarkDotNet.Attributes;
using Wres.Core.PayGaps;
using Wres.Core.Workforce;

namespace Wres.Benchmarks;

/// <summary>
/// The whole pay gap report (sex, ethnicity and disability; every measure, quartiles and bands; ethnicity and
/// disability from the staff rows by employee number) from typed records in memory: the library against the
/// LINQ reference. The pay file has about 1.09 rows per person (second posts, bank work).
/// </summary>
[MemoryDiagnoser]
public class PayGapBenchmarks
{
    private readonly PayGapCalculator _calculator = new();
    private IReadOnlyList<PayRecord> _pay = [];
    private IReadOnlyList<StaffAssignment> _staff = [];

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pay = Data.Pay(Staff);
        _staff = Data.Dataset(Staff).Staff!;
    }

    [Benchmark(Baseline = true)]
    public NaivePayGap.Gap[] Linq() => NaivePayGap.Compute(_pay, _staff, Data.Snapshot.Calendar.GetDaysInMonth(Data.Snapshot.Year, Data.Snapshot.Month));

    [Benchmark]
    public PayGapReport Library() => _calculator.Calculate(_pay, Data.Snapshot, _staff);
}
