using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Core.Mapping;

namespace Wres.Esr.Internal;

/// <summary>
/// What reading needs from the options, taken once: how to classify ethnic origins and survey groups, the mapping
/// file's columns and values, whether occupation codes matter, how many findings to list.
/// </summary>
internal sealed class ReaderSettings
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _columns;

    public ReaderSettings(WresOptions options)
    {
        Ethnicity = new EthnicityClassifier(options.Ethnicity);
        BmeLabel = options.Ethnicity.BmeLabel.Trim();
        ReadsOccupationCodes = options.Workforce.OccupationCodeSegments.Count > 0;
        MaxIssuesPerSource = options.MaxIssuesPerSource;
        Values = options.Mapping.Values.IsEmpty ? ValueMap.Empty : ValueMap.Create(options.Mapping.Values, options.Ethnicity.LocalCodes);
        _columns = new(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, columns) in options.Mapping.Columns)
        {
            if (columns.Count > 0)
            {
                _columns[file] = new Dictionary<string, string>(columns, StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    public static ReaderSettings Default { get; } = new(new WresOptions());

    public EthnicityClassifier Ethnicity { get; }

    /// <summary>The mapping file's values, resolved: looked up before the built-in tables, once per distinct value.</summary>
    public ValueMap Values { get; }

    /// <summary>The configured label of the BME group, which a survey file may use for its group.</summary>
    public string BmeLabel { get; }

    /// <summary>Whether the options map occupation codes to segments, so the column must be read.</summary>
    public bool ReadsOccupationCodes { get; }

    public int MaxIssuesPerSource { get; }

    /// <summary>The mapping file's key for the pay file.</summary>
    public const string PayKey = "pay";

    /// <summary>The mapping's columns for a file key, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string>? ColumnsFor(string key) => _columns.TryGetValue(key, out var columns) ? columns : null;

    /// <summary>The mapping file's key for an input (<c>staff</c>, <c>previousStaff</c>, …).</summary>
    public static string MappingKey(InputPart part) => part switch
    {
        InputPart.Staff => "staff",
        InputPart.PreviousStaff => "previousStaff",
        InputPart.Recruitment => "recruitment",
        InputPart.Disciplinary => "disciplinary",
        InputPart.PreviousDisciplinary => "previousDisciplinary",
        InputPart.Training => "training",
        InputPart.Board => "board",
        InputPart.Survey => "survey",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a defined input part."),
    };

    /// <summary>
    /// The mapping's columns for an input, or <see langword="null"/>: last year's files fall back to this year's
    /// (<c>previousStaff</c> to <c>staff</c>), since a trust's exports name their columns the same way every year.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ColumnsFor(InputPart part)
    {
        if (_columns.TryGetValue(MappingKey(part), out var own))
        {
            return own;
        }

        var fallback = part switch
        {
            InputPart.PreviousStaff => "staff",
            InputPart.PreviousDisciplinary => "disciplinary",
            _ => null,
        };
        return fallback is not null && _columns.TryGetValue(fallback, out var columns) ? columns : null;
    }
}
