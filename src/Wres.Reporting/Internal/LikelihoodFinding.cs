using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Reporting.Comparison;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Internal;

/// <summary>
/// A relative likelihood in one sentence a board member understands, from its orientation and figures, never from its
/// four-fifths band: which group was how many times as likely as the other to do what (turned round when the ratio is
/// below 1, so that it always reads "… times as likely"), then whether the 95% confidence interval includes 1.00. A
/// ratio of 0, one that cannot be computed because a group has no events, or one from a count of 0 under small numbers
/// is described as such, never as adverse. A ratio withheld when publishing says so and why.
/// </summary>
internal static class LikelihoodFinding
{
    /// <summary>The sentence, or <see langword="null"/> when the indicator's input was not supplied.</summary>
    public static string? Text(ReportView view, LikelihoodView likelihood)
    {
        if (!likelihood.IsProvided)
        {
            return null;
        }

        var figures = view.Figures.Likelihood(likelihood.Result);
        if (figures.Statistics is not { } ratio)
        {
            return $"The relative likelihood of {likelihood.ShortName} is {figures.WithheldReason}.";
        }

        var referenceFirst = likelihood.Result.Orientation != RatioOrientation.FocusOverReference;
        var (numerator, denominator) = referenceFirst ? (figures.Reference, figures.Focus) : (figures.Focus, figures.Reference);
        var (a, c) = (Group(view, likelihood.NumeratorLabel), Group(view, likelihood.DenominatorLabel));
        var noun = likelihood.Noun;
        if (ratio.UndefinedReason == UndefinedReason.DenominatorLikelihoodIsZero)
        {
            // c = 0: no ratio. Say who had no events, and how many the other group had.
            return ratio.Numerator.Events == 0
                ? $"No {a} or {c} {noun} {likelihood.Past} ({Of(numerator)} and {Of(denominator)}), so there is no ratio to compare."
                : $"No {c} {noun} {likelihood.Past} ({Of(denominator)}), against {Of(numerator)} {a} {noun}, so the ratio cannot be computed; a count of 0 is not evidence of a difference either way.";
        }

        if (ratio.Ratio is not { } value)
        {
            return $"The relative likelihood cannot be computed: {ReportView.UndefinedReasonText(likelihood, ratio.UndefinedReason)}.";
        }

        if (value == 0)
        {
            return $"No {a} {noun} {likelihood.Past} ({Of(numerator)}), against {Of(denominator)} {c} {noun}: a ratio of 0{Interval(ratio.Interval, Caution.RatioZero)}.";
        }

        // Turned round below 1, so that the sentence always reads "… times as likely".
        var shown = DisplayRounding.RoundRatio(value);
        var turned = shown < 1m ? ratio.Invert() : ratio;
        var (first, second) = shown < 1m ? (c, a) : (a, c);
        var sentence = shown == 1m
            ? $"{Capitalised(a)} and {c} {noun} were equally likely to {likelihood.Infinitive} (ratio 1.00)"
            : $"{Capitalised(first)} {noun} were {Numbers.Ratio(turned.Ratio)} times as likely as {second} {noun} to {likelihood.Infinitive}";
        return sentence + Interval(turned.Interval, CautionOf(ratio)) + ".";
    }

    /// <summary>
    /// The four-fifths band in words, except where a band would mislead: a ratio of 0, or a ratio from a count of 0
    /// under small numbers, is said to be that, not adverse (the band in JSON and CSV stays the rule's).
    /// </summary>
    public static string Band(ReportView view, RelativeLikelihood ratio) =>
        ratio.Ratio == 0 ? RatioOfZero
        : ratio.Band != LikelihoodBand.NonAdverse && ZeroCellUnderSmallNumbers(ratio) ? ZeroCellWords
        : view.BandText(ratio.Band);

    /// <summary>Last year's band in words, by the same rule as this year's (from last year's ratio and counts as given).</summary>
    public static string Band(ReportView view, PreviousLikelihood previous, LikelihoodBand band) =>
        previous.Ratio == 0 ? RatioOfZero
        : band != LikelihoodBand.NonAdverse && previous.SmallNumbers == true && (ZeroCell(previous.Reference) || ZeroCell(previous.Focus)) ? ZeroCellWords
        : view.BandText(band);

    /// <summary>Whether a ratio's band is adverse and the ratio may be called so: not a ratio of 0, nor one from a count of 0 under small numbers.</summary>
    public static bool CalledAdverse(RelativeLikelihood ratio) =>
        (ratio.Band is LikelihoodBand.AdverseToFocus or LikelihoodBand.AdverseToReference) && ratio.Ratio != 0 && !ZeroCellUnderSmallNumbers(ratio);

    /// <summary>Whether one of the four cells (each group's events and non-events) is 0 and the numbers are small.</summary>
    public static bool ZeroCellUnderSmallNumbers(RelativeLikelihood ratio) =>
        ratio.SmallNumbers && (ratio.Numerator.Events == 0 || ratio.Denominator.Events == 0
            || ratio.Numerator.Events == ratio.Numerator.Base || ratio.Denominator.Events == ratio.Denominator.Base);

    private const string RatioOfZero = "Not called adverse: a ratio of 0, no events in one group";

    private const string ZeroCellWords = "Not called adverse: a count of 0 under small numbers";

    private static bool ZeroCell(PreviousProportion group) => group.Events == 0 || (group.Events is { } events && events == group.Base);

    /// <summary>The interval clause: the limits as shown, whether they include 1.00, and what that means.</summary>
    private static string Interval(ConfidenceInterval? interval, Caution caution)
    {
        if (interval is not { } limits)
        {
            return caution == Caution.None ? string.Empty : "; " + Reading(caution, includesOne: true);
        }

        var (lower, upper) = (Numbers.Limit(limits.Lower), Numbers.Limit(limits.Upper));
        var includes = DisplayRounding.RoundRatio(limits.Lower) <= 1m && (double.IsPositiveInfinity(limits.Upper) || DisplayRounding.RoundRatio(limits.Upper) >= 1m);
        return $"; the 95% confidence interval, {lower} to {upper}, {(includes ? "includes" : "does not include")} 1.00: {Reading(caution, includes)}";
    }

    /// <summary>Events of base as shown, for example <c>0 of 293</c>.</summary>
    private static string Of(GroupLikelihoodFigures group) => $"{group.Events.Text} of {group.Base.Text}";

    /// <summary>A group's label inside a sentence: the WDES groups in lower case (<c>disabled</c>), the WRES groups as they are (<c>White</c>, <c>BME</c>).</summary>
    private static string Group(ReportView view, string label) => view.IsWdes ? label.ToLowerInvariant() : label;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>What limits the reading of a ratio: small numbers, or a count of 0 among them.</summary>
    private static Caution CautionOf(RelativeLikelihood ratio) =>
        ZeroCellUnderSmallNumbers(ratio) ? Caution.ZeroCell : ratio.SmallNumbers ? Caution.SmallNumbers : Caution.None;

    /// <summary>What an interval that includes 1.00, or does not, says, given what limits the reading.</summary>
    private static string Reading(Caution caution, bool includesOne) => (caution, includesOne) switch
    {
        (Caution.None, true) => "the difference may be chance",
        (Caution.None, false) => "the difference is unlikely to be chance",
        (Caution.SmallNumbers, true) => "the difference may be chance, and the numbers are small",
        (Caution.SmallNumbers, false) => "the difference is unlikely to be chance, though the numbers are small",
        (Caution.ZeroCell, true) => "one of the counts is 0 and the numbers are small, so the ratio is not evidence either way",
        (Caution.ZeroCell, false) => "the difference is unlikely to be chance, but one of the counts is 0 and the numbers are small, so read it with care",
        (_, true) => "a ratio of 0 is not evidence of a difference either way",
        _ => "the difference is unlikely to be chance",
    };

    /// <summary>What limits the reading of a ratio: nothing, small numbers, a count of 0 under small numbers, or a ratio of 0.</summary>
    private enum Caution
    {
        None = 0,
        SmallNumbers = 1,
        ZeroCell = 2,
        RatioZero = 3,
    }
}
