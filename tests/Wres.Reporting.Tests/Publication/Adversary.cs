using Wres.Core.Statistics;

namespace Wres.Reporting.Tests.Publication;

/// <summary>
/// A reader who tries to work out each count a published report hides, by interval reasoning over everything the
/// report shows (written apart from the library's own audit, so that each checks the other):
/// <list type="bullet">
/// <item>each count starts from what its cell says: a shown value v under round-to-5 is in [v−2, v+2] and above the
/// largest suppressed count; <c>*</c> is in [1, 7] (<c>&lt;5</c> in [1, 4]); 0 is exactly 0; withheld is 0 or more;
/// the board's size is exact; under the threshold policy a shown count is exact;</item>
/// <item>linear relations narrow counts from each other until nothing changes: a row total is the sum of its cells, a
/// segment total the sum of its rows, the whole workforce the sum of its segments and the workforce itself, the
/// board the sum of its voting and non-voting (executive and non-executive) members, a combined report the sum of its
/// organisations, events are at most their base, rows counted at least the people they hold;</item>
/// <item>every other figure (a percentage at 1 decimal place, a likelihood, a difference in points, a relative
/// likelihood with its interval and p-value at their precision, a survey percentage against its respondents) keeps
/// only the combinations of its counts that give exactly what is shown.</item>
/// </list>
/// A count is pinned when one value is left.
/// </summary>
internal sealed class Adversary
{
    private const long Unbounded = long.MaxValue / 1024;

    /// <summary>The most combinations a figure is checked against; beyond it the figure is passed over (the reader gives up).</summary>
    private const long MaxCombinations = 250_000;

    private readonly Dictionary<string, (long Low, long High)> _bounds = new(StringComparer.Ordinal);
    private readonly List<(IReadOnlyList<(string Key, int Sign)> Terms, long Constant, bool Equality)> _linear = [];
    private readonly List<(IReadOnlyList<string> Keys, Func<long[], bool> Holds)> _figures = [];

    /// <summary>Every key the reader has a range for.</summary>
    public IEnumerable<string> Keys => _bounds.Keys;

    /// <summary>What a count's cell says, intersected with what other cells said of the same count.</summary>
    public void Know(string key, long low, long high)
    {
        if (_bounds.TryGetValue(key, out var known))
        {
            (low, high) = (Math.Max(low, known.Low), Math.Min(high, known.High));
        }

        _bounds[key] = (low, high);
    }

    /// <summary>A count the reader may know nothing of yet (0 or more), so that a relation can name it.</summary>
    public void Mention(string key)
    {
        if (!_bounds.ContainsKey(key))
        {
            _bounds[key] = (0, Unbounded);
        }
    }

    /// <summary><paramref name="total"/> = Σ <paramref name="parts"/>.</summary>
    public void Sum(string total, IEnumerable<string> parts)
    {
        var terms = new List<(string, int)> { (total, -1) };
        terms.AddRange(parts.Select(p => (p, 1)));
        if (terms.Count > 1)
        {
            foreach (var (key, _) in terms)
            {
                Mention(key);
            }

            _linear.Add((terms, 0, true));
        }
    }

    /// <summary>Σ <paramref name="parts"/> ≤ <paramref name="bound"/>.</summary>
    public void AtMost(IEnumerable<string> parts, long bound)
    {
        var terms = parts.Select(p => (p, 1)).ToList();
        foreach (var (key, _) in terms)
        {
            Mention(key);
        }

        _linear.Add((terms, bound, false));
    }

    /// <summary><paramref name="low"/> ≤ <paramref name="high"/>.</summary>
    public void NotAbove(string low, string high)
    {
        Mention(low);
        Mention(high);
        _linear.Add(([(low, 1), (high, -1)], 0, false));
    }

    /// <summary>A figure computed from some counts: only combinations for which <paramref name="holds"/> is true remain.</summary>
    public void Figure(IReadOnlyList<string> keys, Func<long[], bool> holds)
    {
        foreach (var key in keys)
        {
            Mention(key);
        }

        _figures.Add((keys, holds));
    }

    /// <summary>A percentage shown to <paramref name="decimals"/> places: Σ numerator × 100 ÷ Σ denominator rounds to it.</summary>
    public void Percent(IReadOnlyList<string> numerator, IReadOnlyList<string> denominator, decimal shown, int decimals, double scale = 100)
    {
        var keys = numerator.Concat(denominator).ToList();
        Figure(keys, values =>
        {
            long top = 0, bottom = 0;
            for (var i = 0; i < numerator.Count; i++)
            {
                top += values[i];
            }

            for (var i = numerator.Count; i < values.Length; i++)
            {
                bottom += values[i];
            }

            return bottom > 0 && Rounds(top * scale / bottom, shown, decimals);
        });
    }

    /// <summary>A relative likelihood's statistics as shown (any of them <see langword="null"/> when not shown): the four counts (a of n1, c of n2) must give them.</summary>
    public void Ratio(IReadOnlyList<string> keys, decimal? ratio, decimal? lower, decimal? upper, decimal? pValue, bool pBelowThousandth = false)
    {
        Figure(keys, values =>
        {
            long a = values[0], n1 = values[1], c = values[2], n2 = values[3];
            if (a > n1 || c > n2 || n1 > int.MaxValue || n2 > int.MaxValue)
            {
                return false;
            }

            var result = RelativeLikelihood.Compute(Proportion.Of((int)a, (int)n1), Proportion.Of((int)c, (int)n2));
            return Matches(result.Ratio, ratio, 2)
                && Matches(result.Interval?.Lower, lower, 2)
                && (upper is null || (result.Interval is { } interval && double.IsFinite(interval.Upper) && Rounds(interval.Upper, upper.Value, 2)))
                && (pBelowThousandth ? result.PValue < 0.0005 : Matches(result.PValue, pValue, 3));
        });
    }

    /// <summary>Works everything out; returns each count's range.</summary>
    public IReadOnlyDictionary<string, (long Low, long High)> Reason()
    {
        var changed = true;
        while (changed)
        {
            changed = Propagate();
            foreach (var (keys, holds) in _figures)
            {
                changed |= Enumerate(keys, holds);
            }
        }

        return _bounds;
    }

    /// <summary>Whether a true value rounds to what is shown (midpoints away from zero; a hair of tolerance for binary fractions).</summary>
    public static bool Rounds(double value, decimal shown, int decimals)
    {
        var half = 0.5 * Math.Pow(10, -decimals);
        return Math.Abs(value - (double)shown) <= half + 1e-9;
    }

    private static bool Matches(double? value, decimal? shown, int decimals) =>
        shown is null || (value is { } v && double.IsFinite(v) && Rounds(v, shown.Value, decimals));

    private bool Propagate()
    {
        var any = false;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (terms, constant, equality) in _linear)
            {
                foreach (var (key, sign) in terms)
                {
                    // sign × x = C − Σ others (or ≤).
                    long least = 0, greatest = 0;
                    bool leastFinite = true, greatestFinite = true;
                    foreach (var (other, otherSign) in terms)
                    {
                        if (other == key)
                        {
                            continue;
                        }

                        var (low, high) = _bounds[other];
                        if (otherSign > 0)
                        {
                            least += low;
                            if (high >= Unbounded)
                            {
                                greatestFinite = false;
                            }
                            else
                            {
                                greatest += high;
                            }
                        }
                        else
                        {
                            greatest -= low;
                            if (high >= Unbounded)
                            {
                                leastFinite = false;
                            }
                            else
                            {
                                least -= high;
                            }
                        }
                    }

                    long? top = leastFinite ? constant - least : null;
                    long? bottom = equality && greatestFinite ? constant - greatest : null;
                    var (newLow, newHigh) = sign > 0 ? (bottom, top) : (-top, -bottom);
                    var (current, currentHigh) = _bounds[key];
                    var low2 = newLow is { } l ? Math.Max(current, l) : current;
                    var high2 = newHigh is { } h ? Math.Min(currentHigh, h) : currentHigh;
                    if (low2 != current || high2 != currentHigh)
                    {
                        _bounds[key] = (low2, high2);
                        changed = any = true;
                    }
                }
            }
        }

        return any;
    }

    private bool Enumerate(IReadOnlyList<string> keys, Func<long[], bool> holds)
    {
        long combinations = 1;
        foreach (var key in keys)
        {
            var (low, high) = _bounds[key];
            if (high >= Unbounded)
            {
                return false;
            }

            combinations *= high - low + 1;
            if (combinations > MaxCombinations)
            {
                return false;
            }
        }

        var lows = new long[keys.Count];
        var highs = new long[keys.Count];
        Array.Fill(lows, long.MaxValue);
        Array.Fill(highs, long.MinValue);
        var values = new long[keys.Count];
        var any = false;

        void Walk(int index)
        {
            if (index == keys.Count)
            {
                if (holds(values))
                {
                    any = true;
                    for (var i = 0; i < values.Length; i++)
                    {
                        lows[i] = Math.Min(lows[i], values[i]);
                        highs[i] = Math.Max(highs[i], values[i]);
                    }
                }

                return;
            }

            var (low, high) = _bounds[keys[index]];
            for (var v = low; v <= high; v++)
            {
                values[index] = v;
                Walk(index + 1);
            }
        }

        Walk(0);
        if (!any)
        {
            throw new InvalidOperationException($"No counts give what is shown for the figure of {string.Join(", ", keys)}.");
        }

        var changed = false;
        for (var i = 0; i < keys.Count; i++)
        {
            var (low, high) = _bounds[keys[i]];
            if (lows[i] > low || highs[i] < high)
            {
                _bounds[keys[i]] = (Math.Max(low, lows[i]), Math.Min(high, highs[i]));
                changed = true;
            }
        }

        return changed;
    }
}
