namespace Wres.Reporting.Comparison;

/// <summary>Last year's events, base and likelihood of one group in a relative-likelihood indicator.</summary>
/// <param name="Events">The events (appointed, entering the process, accessing training).</param>
/// <param name="Base">The base (shortlisted, headcount).</param>
/// <param name="Likelihood">Events divided by base, a proportion (0 to 1).</param>
internal sealed record PreviousProportion(int? Events, int? Base, double? Likelihood);
