using System.Globalization;
using BenchmarkDotNet.Attributes;
using Wres.Core.PayGaps;
using Wres.Core.Workforce;
using Wres.Esr;

namespace Wres.Benchmarks;

/// <summary>
/// The pay gap report from the CSV files end to end (the pay file, and the staff file for ethnicity and disability:
/// opened, sniffed, parsed, classified, accumulated, computed) against the same report from typed records already in
/// memory (the baseline: what reading adds on top of the calculation).
/// </summary>
[MemoryDiagnoser]
public class PayFileBenchmarks
{
    private readonly PayGapCalculator _calculator = new();
    private readonly WresFileReader _reader = new();
    private IReadOnlyList<PayRecord> _pay = [];
    private IReadOnlyList<StaffAssignment> _staff = [];
    private WresInputs _inputs = new();

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Data.PayFolder(Staff);
        _inputs = new WresInputs
        {
            Pay = InputFile.FromPath(Path.Combine(folder, "pay.csv")),
            Staff = InputFile.FromPath(Path.Combine(folder, "staff.csv")),
        };
        _pay = Data.Pay(Staff);
        _staff = Data.Dataset(Staff).Staff!;
    }

    [Benchmark(Baseline = true)]
    public PayGapReport TypedRecords() => _calculator.Calculate(_pay, Data.Snapshot, _staff);

    [Benchmark]
    public PayGapReport FromCsv()
    {
        using var accumulator = _reader.ReadPay(_inputs, Data.Snapshot);
        return accumulator.ToReport();
    }

    [Benchmark]
    public PayGapReport FromCsvPayOnly()
    {
        using var accumulator = _reader.ReadPay(_inputs with { Staff = null }, Data.Snapshot);
        return accumulator.ToReport();
    }

    public override string ToString() => Staff.ToString(CultureInfo.InvariantCulture);
}
