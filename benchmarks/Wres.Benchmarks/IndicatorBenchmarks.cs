using BenchmarkDotNet.Attributes;
using Wres.Core;
using Wres.Core.Ethnicity;

namespace Wres.Benchmarks;

/// <summary>
/// Each relative-likelihood indicator on its own input, the library against a LINQ reference:
/// appointment (applications only), disciplinary (staff and cases), training (staff and courses).
/// </summary>
[MemoryDiagnoser]
public class IndicatorBenchmarks
{
    private readonly WresCalculator _calculator = new();
    private WresDataset _dataset = new();

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Staff { get; set; }

    [Params("Appointment", "Disciplinary", "Training")]
    public string Indicator { get; set; } = "Appointment";

    [GlobalSetup]
    public void Setup()
    {
        var all = Data.Dataset(Staff);
        _dataset = Indicator switch
        {
            "Appointment" => new WresDataset { Applications = all.Applications },
            "Disciplinary" => new WresDataset { Staff = all.Staff, Cases = all.Cases },
            _ => new WresDataset { Staff = all.Staff, Training = all.Training },
        };
    }

    [Benchmark(Baseline = true)]
    public int Linq()
    {
        var year = Data.Year;
        if (_dataset.Applications is { } applications)
        {
            return applications.Where(a => a.Shortlisted && (a.Date is null || year.Contains(a.Date.Value)))
                .GroupBy(a => a.EthnicOrigin?.Group ?? EthnicGroup.Unknown)
                .Sum(g => g.Count(a => a.Appointed));
        }

        var people = NaiveReport.People(_dataset.Staff!);
        var groupOf = _dataset.Staff!.GroupBy(a => a.EmployeeNumber).ToDictionary(g => g.Key, g => g.First().EthnicOrigin?.Group ?? EthnicGroup.Unknown);
        var employees = _dataset.Cases is { } cases
            ? cases.Where(c => year.Contains(c.StartDate)).Select(c => c.EmployeeNumber)
            : _dataset.Training!.Where(t => !t.Mandatory && (t.Date is null || year.Contains(t.Date.Value))).Select(t => t.EmployeeNumber);
        return employees.Distinct().Count(e => groupOf.GetValueOrDefault(e) == EthnicGroup.Bme) + people.Count;
    }

    [Benchmark]
    public WresReport Library() => _calculator.Calculate(_dataset, Data.Year);
}
