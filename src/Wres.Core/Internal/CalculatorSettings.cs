using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Mapping;
using Wres.Core.Statistics;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using FluentValidation;

namespace Wres.Core.Internal;

/// <summary>An immutable snapshot of <see cref="WresOptions"/>, taken when a calculator is created.</summary>
internal sealed class CalculatorSettings
{
    public CalculatorSettings(WresOptions options)
        : this(options, validate: true)
    {
    }

    private CalculatorSettings(WresOptions options, bool validate)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (validate)
        {
            WresOptionsValidator.Shared.ValidateAndThrow(options);
        }

        Workforce = new WorkforceSettings(options.Workforce);
        Values = options.Mapping.Values.IsEmpty ? ValueMap.Empty : ValueMap.Create(options.Mapping.Values, options.Ethnicity.LocalCodes);
        Ethnicity = new EthnicityClassifier(options.Ethnicity, Values.Ethnicity);
        Columns = options.Mapping.Columns.ToDictionary(
            f => f.Key,
            f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(f.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
        BmeLabel = options.Ethnicity.BmeLabel.Trim();
        Statistics = new StatisticsOptions();
        options.Statistics.CopyTo(Statistics);
        Rolling = options.Indicators.Indicator3Rolling;
        HeadcountBasis = options.Indicators.HeadcountBasis;
        MaxIssuesPerSource = options.MaxIssuesPerSource;
    }

    /// <summary>The defaults, which are valid by construction (a test checks it), so not validated again at every start.</summary>
    public static CalculatorSettings Default { get; } = new(new WresOptions(), validate: false);

    public WorkforceSettings Workforce { get; }

    public EthnicityClassifier Ethnicity { get; }

    /// <summary>The mapped values, resolved.</summary>
    public ValueMap Values { get; }

    /// <summary>The mapped columns per input file (the mapping's <c>columns</c> section), copied.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Columns { get; }

    public string BmeLabel { get; }

    /// <summary>A private copy; never handed out, never changed.</summary>
    public StatisticsOptions Statistics { get; }

    public RollingMode Rolling { get; }

    public HeadcountBasis HeadcountBasis { get; }

    public int MaxIssuesPerSource { get; }
}
