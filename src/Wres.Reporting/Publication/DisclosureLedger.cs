using Wres.Core.Publication;

namespace Wres.Reporting.Publication;

/// <summary>
/// Every count a published report (or roll-up) shows, with what a reader can know about each and the relations between
/// them: a row total is the sum of its cells, a segment total the sum of its rows, the whole workforce the sum of its
/// segments, a board the sum of its voting and non-voting members, a combined report the sum of its organisations, a
/// likelihood's events at most its base, an input's rows counted at least the people they hold. A relative likelihood
/// shown with its interval and p-value is taken to give its four counts back exactly.
/// <see cref="SecondaryProtection"/> audits the ledger (<see cref="DisclosureAudit"/>) and withholds what would let a
/// suppressed count be worked out.
/// </summary>
internal sealed class DisclosureLedger
{
    private readonly DisclosureControl _control;
    private readonly List<int> _values = [];
    private readonly List<CountState> _states = [];
    private readonly List<int?> _shown = [];
    private readonly List<bool> _public = [];
    private readonly List<bool> _hidden = [];
    private readonly List<LedgerConstraint> _constraints = [];
    private readonly List<LedgerRatio> _ratios = [];

    /// <summary>The relations each count is in, built when first asked for since the last count or relation was added.</summary>
    private List<int>?[]? _byCell;

    public DisclosureLedger(DisclosureOptions options)
    {
        Options = options;
        _control = new DisclosureControl(options);
    }

    /// <summary>The disclosure policy.</summary>
    public DisclosureOptions Options { get; }

    /// <summary>How many counts the ledger holds.</summary>
    public int Count => _values.Count;

    /// <summary>The relations between counts.</summary>
    public IReadOnlyList<LedgerConstraint> Constraints => _constraints;

    /// <summary>The relative likelihoods whose statistics may be shown.</summary>
    public IReadOnlyList<LedgerRatio> Ratios => _ratios;

    /// <summary>
    /// The indices into <see cref="Constraints"/> of the relations each count is in (<see langword="null"/> for a count in
    /// none): the same for every audit of a ledger that is not added to, so it is built once, not once per audit.
    /// </summary>
    public List<int>?[] ConstraintsByCell()
    {
        if (_byCell is { } built)
        {
            return built;
        }

        var byCell = new List<int>?[_values.Count];
        for (var i = 0; i < _constraints.Count; i++)
        {
            foreach (var (cell, _) in _constraints[i].Terms)
            {
                (byCell[cell] ??= []).Add(i);
            }
        }

        return _byCell = byCell;
    }

    /// <summary>A count's true value.</summary>
    public int Value(int cell) => _values[cell];

    /// <summary>How a count is shown now.</summary>
    public CountState State(int cell) => _states[cell];

    /// <summary>Whether a count is public and shown exactly whatever its size (the board's members).</summary>
    public bool IsPublic(int cell) => _public[cell];

    /// <summary>
    /// Whether a count is one the policy protects: from 1 to the largest suppressed count (Threshold: below the
    /// threshold). Such a count, when not shown, must never be pinned to one value.
    /// </summary>
    public bool IsSensitive(int cell) => !_hidden[cell] && _values[cell] > 0 && _control.Apply(_values[cell]).IsSuppressed;

    /// <summary>Whether a cell is a quantity the report never shows (a remainder), as opposed to a count it shows or withholds.</summary>
    public bool IsHidden(int cell) => _hidden[cell];

    /// <summary>A count the policy applies to.</summary>
    public int Add(int value)
    {
        var disclosed = _control.Apply(value);
        return Add(value, disclosed.IsSuppressed ? CountState.Suppressed : CountState.Shown, disclosed.Value, isPublic: false);
    }

    /// <summary>A count shown exactly whatever its size (the number of board members, which is public).</summary>
    public int AddPublic(int value) => Add(value, CountState.Shown, value, isPublic: true);

    /// <summary>
    /// A quantity the report never shows but that completes a relation (rows with no organisation in a roll-up, last
    /// year's headcount in a two-year base): the reader knows only that it is 0 or more.
    /// </summary>
    public int AddHidden(int value)
    {
        var cell = Add(value, CountState.Withheld, null, isPublic: false);
        _hidden[cell] = true;
        return cell;
    }

    /// <summary>Withholds a count that is shown (secondary suppression).</summary>
    public void Withhold(int cell)
    {
        _states[cell] = CountState.Withheld;
        _shown[cell] = null;
    }

    /// <summary>Undoes <see cref="Withhold"/> of a count the policy shows (a trial that did not help).</summary>
    public void Restore(int cell, CountState state, int? shown)
    {
        _states[cell] = state;
        _shown[cell] = shown;
    }

    /// <summary>The value shown, or <see langword="null"/> when suppressed or withheld.</summary>
    public int? Shown(int cell) => _shown[cell];

    /// <summary>The count as a page shows it.</summary>
    public PublishedCount Published(int cell) => _states[cell] switch
    {
        CountState.Withheld => PublishedCount.Withheld,
        CountState.Suppressed => PublishedCount.Of(_control.Apply(_values[cell])),
        _ => _public[cell] ? PublishedCount.Exact(_values[cell]) : PublishedCount.Of(_control.Apply(_values[cell])),
    };

    /// <summary>
    /// What a reader knows of a count from how it is shown alone: exactly a public count or a zero; the range the
    /// policy rounds to the shown value; 1 to the policy's limit when suppressed; nothing (0 or more) when withheld.
    /// </summary>
    public (long Low, long High) Interval(int cell)
    {
        switch (_states[cell])
        {
            case CountState.Withheld:
                return (0, DisclosureAudit.Unbounded);
            case CountState.Suppressed:
                return Options.Policy == DisclosurePolicy.Threshold ? (1, Options.Threshold - 1) : (1, Options.SuppressUpTo);
        }

        var shown = _shown[cell]!.Value;
        if (_public[cell] || shown == 0 || Options.Policy == DisclosurePolicy.Threshold)
        {
            return (shown, shown);
        }

        // Rounded to the nearest multiple of the base, midpoints away from zero: [v − ⌊b/2⌋, v + ⌈b/2⌉ − 1], and
        // above the largest suppressed count.
        var rounding = Options.RoundingBase;
        var low = Math.Max(shown - (rounding / 2), Options.SuppressUpTo + 1);
        var high = shown + ((rounding + 1) / 2) - 1;
        return (Math.Max(low, 0), high);
    }

    /// <summary>
    /// <paramref name="total"/> = the sum of <paramref name="parts"/>, when that holds of the true counts; with
    /// <paramref name="withRest"/>, when the total is at least the sum, plus what the report does not show (a hidden
    /// remainder, 0 or more; none when it is 0).
    /// </summary>
    public void Sum(int total, IReadOnlyList<int> parts, bool withRest = false)
    {
        long sum = 0;
        foreach (var part in parts)
        {
            sum += _values[part];
        }

        var rest = _values[total] - sum;
        if (parts.Count == 0 || rest < 0 || (rest > 0 && !withRest))
        {
            return;
        }

        var terms = new List<(int Cell, int Sign)>(parts.Count + 2) { (total, -1) };
        foreach (var part in parts)
        {
            terms.Add((part, 1));
        }

        if (rest > 0)
        {
            terms.Add((AddHidden((int)rest), 1));
        }

        _constraints.Add(new LedgerConstraint(terms, 0, Equality: true));
        _byCell = null;
    }

    /// <summary>The sum of <paramref name="cells"/> is at most <paramref name="bound"/>, when that holds of the true counts.</summary>
    public void AtMost(IReadOnlyList<int> cells, long bound)
    {
        long sum = 0;
        var terms = new List<(int Cell, int Sign)>(cells.Count);
        foreach (var cell in cells)
        {
            sum += _values[cell];
            terms.Add((cell, 1));
        }

        if (sum <= bound && terms.Count > 0)
        {
            _constraints.Add(new LedgerConstraint(terms, bound, Equality: false));
            _byCell = null;
        }
    }

    /// <summary><paramref name="lower"/> is at most <paramref name="upper"/> (events and their base), when that holds of the true counts.</summary>
    public void NotAbove(int lower, int upper)
    {
        if (_values[lower] <= _values[upper])
        {
            _constraints.Add(new LedgerConstraint([(lower, 1), (upper, -1)], 0, Equality: false));
            _byCell = null;
        }
    }

    /// <summary>A relative likelihood whose statistics (ratio, interval, p-value, band, small-numbers flag) give back its four counts.</summary>
    public LedgerRatio AddRatio(int numeratorEvents, int numeratorBase, int denominatorEvents, int denominatorBase)
    {
        var ratio = new LedgerRatio([numeratorEvents, numeratorBase, denominatorEvents, denominatorBase]);
        _ratios.Add(ratio);
        return ratio;
    }

    /// <summary>Whether a ratio's statistics are shown: not withheld, and every one of its counts shown.</summary>
    public bool IsShown(LedgerRatio ratio)
    {
        if (ratio.Withheld)
        {
            return false;
        }

        foreach (var cell in ratio.Cells)
        {
            if (_states[cell] != CountState.Shown)
            {
                return false;
            }
        }

        return true;
    }

    private int Add(int value, CountState state, int? shown, bool isPublic)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        _values.Add(value);
        _states.Add(state);
        _shown.Add(shown);
        _public.Add(isPublic);
        _hidden.Add(false);
        _byCell = null;
        return _values.Count - 1;
    }
}
