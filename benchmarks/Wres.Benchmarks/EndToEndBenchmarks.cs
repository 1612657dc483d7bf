using System.Globalization;
using BenchmarkDotNet.Attributes;
using Wres.Core;
using Wres.Esr;

namespace Wres.Benchmarks;

/// <summary>
/// From CSV files to the report: the library's streaming, parallel reader against the usual approach
/// (read every row into objects with CsvHelper's string API, then the LINQ reference).
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private readonly WresFileReader _reader = new();
    private WresInputs _inputs = new();
    private string _folder = string.Empty;

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Data.Folder(Staff);
        _inputs = new WresInputs
        {
            Staff = InputFile.FromPath(Path.Combine(_folder, "staff.csv")),
            Recruitment = InputFile.FromPath(Path.Combine(_folder, "recruitment.csv")),
            Disciplinary = InputFile.FromPath(Path.Combine(_folder, "disciplinary.csv")),
            Training = InputFile.FromPath(Path.Combine(_folder, "training.csv")),
            Board = InputFile.FromPath(Path.Combine(_folder, "board.csv")),
            Survey = InputFile.FromPath(Path.Combine(_folder, "survey.csv")),
        };
    }

    [Benchmark(Baseline = true)]
    public NaiveReport.Result CsvHelperAndLinq()
    {
        var dataset = new WresDataset
        {
            Staff = [.. EsrCsv.ReadStaff(_inputs.Staff!).Records],
            Applications = [.. EsrCsv.ReadApplications(_inputs.Recruitment!).Records],
            Cases = [.. EsrCsv.ReadCases(_inputs.Disciplinary!).Records],
            Training = [.. EsrCsv.ReadTraining(_inputs.Training!).Records],
        };
        return NaiveReport.Compute(dataset, Data.Year);
    }

    [Benchmark]
    public WresReport Library() => _reader.Read(_inputs, Data.Year).ToReport();

    public override string ToString() => Staff.ToString(CultureInfo.InvariantCulture);
}
