using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Core.Validation;
using Wres.Core.Workforce;
using FluentValidation;

namespace Wres.Core.Internal;

/// <summary>An immutable snapshot of <see cref="WresOptions"/>, taken when a calculator is created.</summary>
internal sealed class CalculatorSettings
{
    public CalculatorSettings(WresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        new WresOptionsValidator().ValidateAndThrow(options);
        Workforce = new WorkforceSettings(options.Workforce);
        Ethnicity = new EthnicityClassifier(options.Ethnicity);
        BmeLabel = options.Ethnicity.BmeLabel.Trim();
        Statistics = new StatisticsOptions
        {
            Interval = options.Statistics.Interval,
            PValue = options.Statistics.PValue,
            LowerThreshold = options.Statistics.LowerThreshold,
            UpperThreshold = options.Statistics.UpperThreshold,
            SmallCellThreshold = options.Statistics.SmallCellThreshold,
            SmallBaseThreshold = options.Statistics.SmallBaseThreshold,
        };
        Rolling = options.Indicators.Indicator3Rolling;
        HeadcountBasis = options.Indicators.HeadcountBasis;
        MaxIssuesPerSource = options.MaxIssuesPerSource;
    }

    public static CalculatorSettings Default { get; } = new(new WresOptions());

    public WorkforceSettings Workforce { get; }

    public EthnicityClassifier Ethnicity { get; }

    public string BmeLabel { get; }

    /// <summary>A private copy; never handed out, never changed.</summary>
    public StatisticsOptions Statistics { get; }

    public RollingMode Rolling { get; }

    public HeadcountBasis HeadcountBasis { get; }

    public int MaxIssuesPerSource { get; }
}
