namespace Wres.Reporting.Publication;

/// <summary>One group's events and base as shown, and its likelihood computed from exactly those.</summary>
/// <param name="Events">The events (appointed, entering the process, accessing training).</param>
/// <param name="Base">The base (shortlisted, headcount).</param>
internal sealed record GroupLikelihoodFigures(PublishedCount Events, PublishedCount Base)
{
    /// <summary>Events divided by base, a proportion; <see langword="null"/> when either is not shown or the base is 0.</summary>
    public double? Likelihood => Events.Value is { } events && Base.Value is > 0 and var @base ? (double)events / @base : null;

    /// <summary>Whether either count is hidden, so the likelihood is not shown.</summary>
    public bool Withheld => Events.IsHidden || Base.IsHidden;
}
