using BenchmarkDotNet.Attributes;
using Wres.Core;
using Wres.Esr;
using Wres.Excel;
using Wres.Synthetic;

namespace Wres.Benchmarks;

/// <summary>
/// Reading the staff file as an .xlsx workbook beside the same rows as CSV, into the accumulator: the CSV file on
/// disk (read in parallel chunks, as the tool does) as the baseline, the CSV as one stream (the workbook's single
/// stream, so the format's own cost shows), and the workbook (the sheet streamed into the CSV reader). The workbook
/// is written once, in the global setup.
/// </summary>
[MemoryDiagnoser]
public class ExcelReaderBenchmarks
{
    private string _csv = string.Empty;
    private string _xlsx = string.Empty;

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Data.Folder(Staff);
        _csv = Path.Combine(folder, "staff.csv");
        _xlsx = Path.Combine(folder, "staff.xlsx");
        if (!File.Exists(_xlsx))
        {
            StaffWorkbook.Write(_xlsx, SyntheticTrust.StaffHeader, SyntheticTrust.StaffRows(Data.Options(Staff)));
        }
    }

    [Benchmark(Baseline = true)]
    public WresAccumulator CsvFile() => Read(InputFile.FromPath(_csv));

    [Benchmark]
    public WresAccumulator CsvStream() => Read(InputFile.FromStream("staff.csv", () => File.OpenRead(_csv)));

    [Benchmark]
    public WresAccumulator Xlsx() => Read(ExcelInput.FromPath(_xlsx));

    private static WresAccumulator Read(InputFile staff) => new WresFileReader().Read(new WresInputs { Staff = staff }, Data.Year);
}
