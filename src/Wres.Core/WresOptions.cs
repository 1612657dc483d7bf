using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Mapping;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Workforce;

namespace Wres.Core;

/// <summary>
/// Every choice the WRES guidance leaves open, each with the <b>Default</b> of the rules. Configure
/// through <c>services.AddWres(options =&gt; …)</c> or pass to the calculator; the engine copies the
/// options when it is created, so later changes do not affect it.
/// </summary>
public sealed class WresOptions
{
    /// <summary>The default for <see cref="MaxIssuesPerSource"/>.</summary>
    public const int DefaultMaxIssuesPerSource = 1000;

    /// <summary>Ethnicity: the BME display label, local codes and extra labels.</summary>
    public EthnicityOptions Ethnicity { get; } = new();

    /// <summary>Workforce: out-of-scope assignment categories and segment mapping.</summary>
    public WorkforceOptions Workforce { get; } = new();

    /// <summary>Statistics: the interval and p-value methods, the four-fifths thresholds, the small-numbers limits.</summary>
    public StatisticsOptions Statistics { get; } = new();

    /// <summary>Indicators 3 and 4: two-year pooling and the headcount basis.</summary>
    public IndicatorOptions Indicators { get; } = new();

    /// <summary>Disclosure control applied to published output.</summary>
    public DisclosureOptions Disclosure { get; } = new();

    /// <summary>
    /// A trust's own names for columns and values (the mapping file, or a configuration section of the same
    /// shape). Empty by <b>Default</b>; mapped values beat the built-in ones.
    /// </summary>
    public InputMapping Mapping { get; } = new();

    /// <summary>
    /// The most findings listed per input (<b>Default</b> 1000). Identical warnings are folded into one
    /// line with a count; findings beyond the limit are counted, not listed. Row totals are always exact.
    /// </summary>
    public int MaxIssuesPerSource { get; set; } = DefaultMaxIssuesPerSource;

    /// <summary>A deep copy: changing either afterwards changes nothing in the other.</summary>
    internal WresOptions Copy()
    {
        var copy = new WresOptions { MaxIssuesPerSource = MaxIssuesPerSource };
        Ethnicity.CopyTo(copy.Ethnicity);
        Workforce.CopyTo(copy.Workforce);
        Statistics.CopyTo(copy.Statistics);
        Indicators.CopyTo(copy.Indicators);
        Disclosure.CopyTo(copy.Disclosure);
        return copy;
    }
}
