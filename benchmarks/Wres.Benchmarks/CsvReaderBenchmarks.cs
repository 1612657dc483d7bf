using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using Sylvan.Data.Csv;

namespace Wres.Benchmarks;

/// <summary>
/// Why Wres.Esr reads with CsvHelper: both libraries reading every field of the staff file, Sylvan
/// (UTF-16 spans, after decoding) as the baseline against CsvHelper (UTF-8 spans, no decoding).
/// </summary>
[MemoryDiagnoser]
public class CsvReaderBenchmarks
{
    private string _path = string.Empty;

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Staff { get; set; }

    [GlobalSetup]
    public void Setup() => _path = Path.Combine(Data.Folder(Staff), "staff.csv");

    [Benchmark(Baseline = true)]
    public long Sylvan()
    {
        using var reader = global::Sylvan.Data.Csv.CsvDataReader.Create(new StreamReader(_path, Encoding.UTF8, true, 1 << 16), new CsvDataReaderOptions { Delimiter = ',', Comment = '\0' });
        long length = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.RowFieldCount; i++)
            {
                length += reader.GetFieldSpan(i).Length;
            }
        }

        return length;
    }

    [Benchmark]
    public long CsvHelper()
    {
        using var reader = CsvReader.Create(File.OpenRead(_path), new CsvReaderOptions { Separator = ',', TrackLineNumbers = true });
        long length = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                length += reader.GetSpan(i).Length;
            }
        }

        return length;
    }
}
