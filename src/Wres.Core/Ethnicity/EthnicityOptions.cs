namespace Wres.Core.Ethnicity;

/// <summary>Organisation-specific ethnicity settings.</summary>
public sealed class EthnicityOptions
{
    /// <summary>The default name shown for the black and minority ethnic group.</summary>
    public const string DefaultBmeLabel = "BME";

    /// <summary>
    /// The name shown for the black and minority ethnic group in reports. <b>Default</b>
    /// <c>BME</c>; others in use are <c>Ethnic minority</c>, <c>BAME</c> and <c>Global majority</c>.
    /// Only the display name changes: the group itself is always <see cref="EthnicGroup.Bme"/>.
    /// </summary>
    public string BmeLabel { get; set; } = DefaultBmeLabel;

    /// <summary>
    /// Codes the organisation uses locally beyond the national and extended codes, created with
    /// <see cref="EthnicCategory.Local(string, string, EthnicGroup)"/>. They are recognised as codes
    /// (the leading token of a value), exactly like national codes.
    /// </summary>
    public IList<EthnicCategory> LocalCodes { get; } = [];

    /// <summary>
    /// Values (whole values) the organisation maps to a category, as the mapping file's <c>values.ethnicity</c>
    /// section does; matched before the codes and the built-in labels (mapped values beat built-in ones),
    /// ignoring case, separators and the words <c>and</c> / <c>or</c> as labels are. For example
    /// <c>ExtraLabels["Kashmiri"] = EthnicCategory.Parse("L")</c>.
    /// </summary>
    public IDictionary<string, EthnicCategory> ExtraLabels { get; } = new Dictionary<string, EthnicCategory>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes <paramref name="target"/> hold these options (a deep copy: the lists are copied, not shared).</summary>
    internal void CopyTo(EthnicityOptions target)
    {
        target.BmeLabel = BmeLabel;
        target.LocalCodes.Clear();
        foreach (var code in LocalCodes)
        {
            target.LocalCodes.Add(code);
        }

        target.ExtraLabels.Clear();
        foreach (var (label, category) in ExtraLabels)
        {
            target.ExtraLabels[label] = category;
        }
    }
}
