using Wres.Core.Publication;

namespace Wres.Reporting.Tests.Publication;

/// <summary>
/// What one or more published formats say, as the adversary reads it: each count by a key (its value, or that it is
/// suppressed or withheld), the figures computed from counts (percentages, likelihoods, differences, survey results),
/// the relative likelihoods, and each input's rows. Keys: <c>{org/}workforce/{W|B|U|T}</c>,
/// <c>{org/}row/{segment}/{row}/{W|B|U|T}</c>, <c>{org/}selection/{rule}</c>,
/// <c>{org/}likelihood/{id}/{W|B|U}/{events|base}</c>, <c>{org/}board/{subset}/{W|B|U|M}</c>,
/// <c>{org/}survey/{id}/{W|B}</c>, <c>{org/}detail/{segment}/{row}/{group}</c> (a detailed ethnic group but Unknown, which
/// is the row's <c>U</c>; the workforce's are the whole-workforce row's, <c>detail/All/All/…</c>),
/// <c>{org/}breakdown/{id}/{band|staffGroup}/{row}/{W|B|U}/{events|base}</c>,
/// <c>{org/}appointmentDetail/{id}/{detailed group}/{events|base}</c>; <c>org/</c> is empty for a single or combined report.
/// </summary>
internal sealed class PublishedFacts
{
    /// <summary>What the cell of each count showed; more than one format may show the same count.</summary>
    public Dictionary<string, List<string>> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>Figures computed from counts: Σ numerator × scale ÷ Σ denominator shown to some decimal places.</summary>
    public List<(string[] Numerator, string[] Denominator, decimal Shown, int Decimals, double Scale)> Shares { get; } = [];

    /// <summary>A board subset's focus share minus the workforce's, in percentage points at 1 decimal place.</summary>
    public List<(string SubsetFocus, string Members, string WorkforceFocus, string WorkforceTotal, decimal Shown)> Differences { get; } = [];

    /// <summary>A relative likelihood's statistics: its counts (a, n1, c, n2) and what is shown.</summary>
    public List<(string[] Keys, decimal? Ratio, decimal? Lower, decimal? Upper, decimal? PValue, bool PBelowThousandth)> Ratios { get; } = [];

    /// <summary>An indicator 1 row's people to parity: the row's focus count and total, the workforce's, and what is shown.</summary>
    public List<(string RowFocus, string RowTotal, string WorkforceFocus, string WorkforceTotal, long Shown)> Parities { get; } = [];

    /// <summary>A likelihood indicator's people to parity and to the band: its counts (reference events and base, focus events and base), orientation and what is shown.</summary>
    public List<(string[] Keys, bool ReferenceFirst, long? ToParity, long? ToBand)> LikelihoodParities { get; } = [];

    /// <summary>A survey result shown (1 decimal place) beside its respondents' key: some whole number of them gives it.</summary>
    public List<(string Respondents, decimal Shown)> SurveyResults { get; } = [];

    /// <summary>Each input's rows as shown: read, counted, excluded, rejected, by report prefix and file.</summary>
    public Dictionary<(string Prefix, string File), (int Read, int Counted, int Excluded, int Rejected)> Rows { get; } = [];

    /// <summary>The report prefixes seen (<c>""</c> and each organisation's).</summary>
    public HashSet<string> Prefixes { get; } = [string.Empty];

    /// <summary>Likelihood indicators seen, by prefix.</summary>
    public HashSet<(string Prefix, string Id)> Likelihoods { get; } = [];

    public void Count(string key, string shown)
    {
        if (!Counts.TryGetValue(key, out var list))
        {
            Counts[key] = list = [];
        }

        list.Add(shown.Trim());
    }

    /// <summary>The range a count's cell gives on its own, under the policy.</summary>
    public static (long Low, long High) Range(string shown, DisclosureOptions policy, bool exact)
    {
        const long Unbounded = long.MaxValue / 1024;
        if (shown == "withheld")
        {
            return (0, Unbounded);
        }

        if (shown.StartsWith('<') || shown is "*" or "suppressed")
        {
            return policy.Policy == DisclosurePolicy.Threshold ? (1, policy.Threshold - 1) : (1, policy.SuppressUpTo);
        }

        var value = long.Parse(shown, System.Globalization.CultureInfo.InvariantCulture);
        if (exact || value == 0 || policy.Policy == DisclosurePolicy.Threshold)
        {
            return (value, value);
        }

        return (Math.Max(value - (policy.RoundingBase / 2), policy.SuppressUpTo + 1), value + ((policy.RoundingBase + 1) / 2) - 1);
    }
}
