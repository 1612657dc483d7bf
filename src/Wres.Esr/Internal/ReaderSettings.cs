using Wres.Core;
using Wres.Core.Ethnicity;

namespace Wres.Esr.Internal;

/// <summary>What reading needs from the options, taken once: how to classify ethnic origins and survey groups, whether occupation codes matter, how many findings to list.</summary>
internal sealed class ReaderSettings
{
    public ReaderSettings(WresOptions options)
    {
        Ethnicity = new EthnicityClassifier(options.Ethnicity);
        BmeLabel = options.Ethnicity.BmeLabel.Trim();
        ReadsOccupationCodes = options.Workforce.OccupationCodeSegments.Count > 0;
        MaxIssuesPerSource = options.MaxIssuesPerSource;
    }

    public static ReaderSettings Default { get; } = new(new WresOptions());

    public EthnicityClassifier Ethnicity { get; }

    /// <summary>The configured label of the BME group, which a survey file may use for its group.</summary>
    public string BmeLabel { get; }

    /// <summary>Whether the options map occupation codes to segments, so the column must be read.</summary>
    public bool ReadsOccupationCodes { get; }

    public int MaxIssuesPerSource { get; }
}
