using Wres.Core.Workforce;

namespace Wres.Core.Trajectory;

/// <summary>
/// The choices of the Model Employer trajectory (rules §8; NHS England, <i>A Model Employer</i>, 2019), each with its
/// <b>Default</b>. Set them on <see cref="WresOptions.ModelEmployer"/>.
/// </summary>
public sealed class ModelEmployerOptions
{
    /// <summary>The default <see cref="TargetYear"/>.</summary>
    public const int DefaultTargetYear = 2028;

    /// <summary>
    /// The reporting year, by the year its 31 March falls in, by which every band is to match the workforce's BME share:
    /// <b>Default</b> 2028 (2027/28).
    /// </summary>
    public int TargetYear { get; set; } = DefaultTargetYear;

    /// <summary>
    /// The bands with a target, non-clinical and clinical staff together: <b>Default</b> Band 8a, 8b, 8c, 8d, Band 9 and
    /// VSM. Only Agenda for Change bands (not medical grades or Other).
    /// </summary>
    public IList<Grade> Bands { get; } = [.. DefaultBands];

    /// <summary>The share the targets match: <b>Default</b> <see cref="TargetShareBasis.AllStaff"/>.</summary>
    public TargetShareBasis ShareBasis { get; set; } = TargetShareBasis.AllStaff;

    internal static IReadOnlyList<Grade> DefaultBands { get; } = [Grade.Band8A, Grade.Band8B, Grade.Band8C, Grade.Band8D, Grade.Band9, Grade.Vsm];

    internal void CopyTo(ModelEmployerOptions target)
    {
        target.TargetYear = TargetYear;
        target.ShareBasis = ShareBasis;
        target.Bands.Clear();
        foreach (var band in Bands)
        {
            target.Bands.Add(band);
        }
    }
}
