using Wres.Reporting.Comparison;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Internal;

/// <summary>Last year's figures as this year's report shows them: through disclosure control when publishing, shares from the counts as shown.</summary>
internal sealed partial class ReportView
{
    /// <summary>Last year's count as it may be shown (through disclosure control when publishing); not known (<c>n/a</c>) when last year's report does not have it.</summary>
    public PublishedCount Previous(int? value) => value is not { } v ? PublishedCount.NotKnown
        : _disclosure is { } control ? PublishedCount.Of(control.Apply(v))
        : PublishedCount.Exact(v);

    /// <summary>Last year's count's text as it may be shown; <c>n/a</c> when unknown.</summary>
    public string PreviousCountText(int? value) => Previous(value).Text;

    /// <summary>
    /// This year's count minus last year's, both as they are shown (when publishing, the disclosed values, so the
    /// change reveals nothing the two published counts do not); <see langword="null"/> when either is unknown, suppressed
    /// or withheld.
    /// </summary>
    public int? CountChange(PublishedCount current, int? previous) =>
        current.Value is { } now && Previous(previous).Value is { } then ? now - then : null;

    /// <summary>
    /// Last year's counts of the three groups and their total as shown (through disclosure control when publishing;
    /// a board's size, <paramref name="publicTotal"/>, exactly), so that last year's shares can be computed from them.
    /// </summary>
    public GroupFigures PreviousGroup(PreviousTally counts, bool publicTotal = false) => new(
        Previous(counts.Reference),
        Previous(counts.Focus),
        Previous(counts.Unknown),
        publicTotal && counts.Total is { } members ? PublishedCount.Exact(members) : Previous(counts.Total));

    /// <summary>
    /// Last year's relative likelihood as it may be shown. Not publishing, as last year's report gives it. Publishing,
    /// as this year's: each group's likelihood from its counts as shown, and the ratio, interval, p-value, band and
    /// small-numbers flag only when the four counts behind them are known and shown.
    /// </summary>
    public PreviousLikelihood PreviousShown(PreviousLikelihood previous)
    {
        if (!Publish)
        {
            return previous;
        }

        PreviousProportion Shown(PreviousProportion group)
        {
            var (events, @base) = (Previous(group.Events), Previous(group.Base));
            return new PreviousProportion(group.Events, group.Base, events.Value is { } e && @base.Value is > 0 and var b ? (double)e / b : null);
        }

        var (reference, focus) = (Previous(previous.Reference.Events), Previous(previous.Focus.Events));
        var shown = reference.Value.HasValue && focus.Value.HasValue
            && Previous(previous.Reference.Base).Value.HasValue && Previous(previous.Focus.Base).Value.HasValue;
        var groups = previous with { Reference = Shown(previous.Reference), Focus = Shown(previous.Focus), Unknown = Shown(previous.Unknown) };
        return shown ? groups : groups with { Ratio = null, Interval = null, PValue = null, Band = null, SmallNumbers = null };
    }

    /// <summary>
    /// Last year's staff survey result as it may be shown: when publishing, a group's result only when its respondents,
    /// if given, are shown, and the gap only when both results are.
    /// </summary>
    public PreviousSurvey PreviousShown(PreviousSurvey previous)
    {
        if (!Publish)
        {
            return previous;
        }

        var reference = previous.ReferenceRespondents is { } r && Previous(r).IsHidden ? null : previous.ReferencePercent;
        var focus = previous.FocusRespondents is { } f && Previous(f).IsHidden ? null : previous.FocusPercent;
        return previous with
        {
            ReferencePercent = reference,
            FocusPercent = focus,
            GapPercentagePoints = reference is null || focus is null ? null : previous.GapPercentagePoints,
        };
    }

    /// <summary>
    /// Last year's share as shown: as last year's report gives it, or, when publishing, computed from last year's counts
    /// as shown (none when any of them is unknown or hidden), as this year's are.
    /// </summary>
    public double? PreviousShare(double? given, Func<double?> fromShownCounts) => Publish ? fromShownCounts() : given;
}
