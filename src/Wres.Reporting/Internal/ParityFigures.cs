using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Internal;

/// <summary>
/// People to parity (rules §8) as JSON and CSV show them: worked out from the counts the report shows, so that when
/// publishing the numbers derive from the published counts alone and give nothing else away; withheld when a count
/// they need is not shown (indicator 1) or with the ratio (indicators 2 to 4).
/// </summary>
internal static class ParityFigures
{
    /// <summary>
    /// An indicator 1 row's extra focus-group people: the row's own <see cref="RepresentationRow.FocusToParity"/> when
    /// not publishing; when publishing, from the row's published focus count and total and the workforce's, and
    /// withheld when any count of the row or of the workforce is not shown. <see langword="null"/> (not withheld) on a
    /// row with nobody in it.
    /// </summary>
    public static (int? Value, bool Withheld) FocusToParity(ReportView view, RepresentationRow row)
    {
        if (!view.Publish)
        {
            return (row.FocusToParity, false);
        }

        var counts = view.Figures.Row(row);
        if (counts.Total.Value == 0)
        {
            return (null, false);
        }

        if (!counts.Complete || view.Figures.Workforce is not { Complete: true } workforce)
        {
            return (null, true);
        }

        // The rule needs the focus count and the total of each: as shown, whatever the other counts round to.
        return (RepresentationRow.FocusToParityOf(Tally(counts), Tally(workforce)), false);

        static GroupTally Tally(GroupFigures figures) => new(figures.Total.Value!.Value - figures.Focus.Value!.Value, figures.Focus.Value.Value, 0);
    }

    /// <summary>
    /// A likelihood indicator's people to parity and to the band, from the four counts shown, when its ratio is shown;
    /// <see langword="null"/> when it is withheld or a base is 0.
    /// </summary>
    public static PeopleToParity? Likelihood(LikelihoodView likelihood, LikelihoodFigures figures) =>
        figures.Statistics is { } ratio
        && figures.Reference.Events.Value is { } w && figures.Reference.Base.Value is { } m
        && figures.Focus.Events.Value is { } a && figures.Focus.Base.Value is { } n
            ? PeopleToParity.For(Proportion.Of(w, m), Proportion.Of(a, n), likelihood.Result.Orientation, ratio.UpperThreshold)
            : null;
}
