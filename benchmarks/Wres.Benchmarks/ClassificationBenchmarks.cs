using System.Text;
using BenchmarkDotNet.Attributes;
using Wres.Core.Ethnicity;

namespace Wres.Benchmarks;

/// <summary>
/// Classifying raw ESR ethnicity values: the classifier against a simple reference that splits the
/// string and looks the code up in a dictionary (what a careful hand-written loader would do).
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private string[] _values = [];
    private Dictionary<string, EthnicGroup> _reference = [];

    [ParamsSource(typeof(Sizes), nameof(Sizes.Staff))]
    public int Values { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260331);
        var pool = EthnicCategory.All.Select(c => $"{c.Code} {c.Label}")
            .Concat(["White - British", "Not Stated", "NA", "", "Prefer not to say"])
            .ToArray();
        _values = [.. Enumerable.Range(0, Values).Select(_ => pool[random.Next(pool.Length)])];
        _reference = EthnicCategory.All.ToDictionary(c => c.Code, c => c.Group, StringComparer.OrdinalIgnoreCase);
    }

    [Benchmark(Baseline = true)]
    public int SplitAndLookUp()
    {
        var bme = 0;
        foreach (var value in _values)
        {
            var token = value.Trim().Split(' ', '-', ':')[0];
            if (_reference.TryGetValue(token, out var group) && group == EthnicGroup.Bme)
            {
                bme++;
            }
        }

        return bme;
    }

    [Benchmark]
    public int Classifier()
    {
        var classifier = EthnicityClassifier.Default;
        var bme = 0;
        foreach (var value in _values)
        {
            if (classifier.Classify(value).Group == EthnicGroup.Bme)
            {
                bme++;
            }
        }

        return bme;
    }

    /// <summary>What the CSV readers do: classify each distinct UTF-8 value once and remember it.</summary>
    [Benchmark]
    public int CachedPerDistinctValue()
    {
        var cache = new Dictionary<string, EthnicGroup>(StringComparer.Ordinal);
        var bme = 0;
        foreach (var value in _values)
        {
            if (!cache.TryGetValue(value, out var group))
            {
                group = EthnicityClassifier.Default.Classify(value).Group;
                cache[value] = group;
            }

            if (group == EthnicGroup.Bme)
            {
                bme++;
            }
        }

        return bme + Encoding.UTF8.GetByteCount(string.Empty);
    }
}
