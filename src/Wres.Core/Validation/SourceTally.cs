using System.Diagnostics.CodeAnalysis;

namespace Wres.Core.Validation;

/// <summary>
/// What happens to every row of one input, and its findings: the builder of a <see cref="SourceQuality"/>. Each row
/// goes through exactly one of <see cref="Count"/>, <see cref="Exclude"/> or <see cref="Reject"/>, so that the totals
/// reconcile by construction; warnings and notes describe rows already counted. Findings beyond the limit are counted,
/// not kept (the earliest by line are kept, whatever order they were found in); identical folded findings are kept as
/// one with an occurrence count.
/// </summary>
/// <remarks>
/// <para>Each input of an accumulator has one (<see cref="Ingestion.InputWriter.Tally"/>), where a reader records the
/// rows it rejects (a value it cannot parse) and the findings it makes; the accumulator records the rest. A reader that
/// keeps the valid rows itself uses a tally of its own and <see cref="Count"/>s them.</para>
/// <para>Messages quote at most one cell, never a whole row. Not thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var tally = new SourceTally("staff.csv");
/// tally.Reject(17, "FTE", WresErrorCodes.InvalidNumber, "FTE 'x' is not a number.");
/// tally.Count();
/// var quality = tally.ToQuality(); // 2 read, 1 counted, 1 rejected
/// </code>
/// </example>
public sealed class SourceTally
{
    private Dictionary<(ExclusionRule Rule, string? Detail), int> _exclusions = [];
    private List<DataQualityIssue> _issues = [];
    private Dictionary<(string Code, string? Column, string Message), int> _folded = [];
    private int _latest = -1;
    private bool _closed;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="source">The input's name in findings, usually the file name.</param>
    /// <param name="maxIssues">The most findings listed; <b>Default</b> <see cref="WresOptions.DefaultMaxIssuesPerSource"/>.</param>
    public SourceTally(string source, int maxIssues = WresOptions.DefaultMaxIssuesPerSource)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssues);
        Source = source;
        MaxIssues = maxIssues;
    }

    /// <summary>The input's name in findings.</summary>
    public string Source { get; }

    internal int MaxIssues { get; }

    /// <summary>The rows read so far: counted, excluded and rejected.</summary>
    public int RowsRead { get; private set; }

    internal int CountedRows { get; private set; }

    internal int RejectedRows { get; private set; }

    internal int Omitted { get; private set; }

    internal int ExcludedRows => _exclusions.Values.Sum();

    /// <summary>How many times the tally has changed: a report computed from it is out of date when this has moved on.</summary>
    internal int Changes { get; private set; }

    /// <summary>Counts a valid row: taken into the computation, even where an indicator then gives it no weight.</summary>
    public void Count()
    {
        ThrowIfClosed();
        Changes++;
        RowsRead++;
        CountedRows++;
    }

    /// <summary>Sets a valid row aside by a scope rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="detail">What the rule matched (for example <c>Bank</c>), or <see langword="null"/>.</param>
    public void Exclude(ExclusionRule rule, string? detail = null)
    {
        ThrowIfClosed();
        Changes++;
        RowsRead++;
        var key = (rule, detail);
        _exclusions[key] = _exclusions.GetValueOrDefault(key) + 1;
    }

    /// <summary>Rejects a row as bad data, with an error finding.</summary>
    /// <param name="line">The row's line (the header is line 1), or <see langword="null"/> when unknown.</param>
    /// <param name="column">The column the finding is about, or <see langword="null"/> for the whole row.</param>
    /// <param name="code">The stable code, one of <see cref="WresErrorCodes"/>.</param>
    /// <param name="message">A sentence a workforce analyst can act on, quoting at most one cell.</param>
    public void Reject(int? line, string? column, string code, string message)
    {
        ThrowIfClosed();
        RowsRead++;
        RejectedRows++;
        Add(new DataQualityIssue(Source, line, column, code, IssueSeverity.Error, message), fold: false);
    }

    /// <summary>Rejects a row that breaks a record rule, with the rule's column, code and message.</summary>
    /// <typeparam name="T">The value the rule tests.</typeparam>
    /// <param name="line">The row's line, or <see langword="null"/> when unknown.</param>
    /// <param name="rule">The broken rule, from <see cref="RecordRules"/>.</param>
    public void Reject<T>(int? line, RecordRule<T> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Reject(line, rule.Column, rule.Code, rule.Message);
    }

    /// <summary>Undoes a <see cref="Count"/> call for a row a later check rejected (dataset-level checks).</summary>
    internal void CountedThenRejected(int? line, string? column, string code, string message)
    {
        CountedRows--;
        RejectedRows++;
        Add(new DataQualityIssue(Source, line, column, code, IssueSeverity.Error, message), fold: false);
    }

    /// <summary>Moves counted rows to a scope rule that could only be applied once every input was read (a person's scope).</summary>
    internal void CountedThenExcluded(ExclusionRule rule, int rows)
    {
        CountedRows -= rows;
        var key = (rule, (string?)null);
        _exclusions[key] = _exclusions.GetValueOrDefault(key) + rows;
    }

    /// <summary>A warning about a row that was counted: a value read as Unknown or Other, or one that looks wrong.</summary>
    /// <param name="line">The row's line, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The message, quoting at most one cell.</param>
    public void Warn(int? line, string? column, string code, string message)
    {
        ThrowIfClosed();
        Add(new DataQualityIssue(Source, line, column, code, IssueSeverity.Warning, message), fold: false);
    }

    /// <summary>A note on how a value was read; identical notes are folded into one.</summary>
    /// <param name="line">The row's line, or <see langword="null"/>.</param>
    /// <param name="column">The column, or <see langword="null"/>.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The message, quoting at most one cell.</param>
    public void Note(int? line, string? column, string code, string message)
    {
        ThrowIfClosed();
        Add(new DataQualityIssue(Source, line, column, code, IssueSeverity.Note, message), fold: true);
    }

    /// <summary>
    /// A finding about one value seen on <paramref name="occurrences"/> rows, the first on <paramref name="line"/>,
    /// folded with identical findings: for a reader that counts a value's rows as it goes and reports them once.
    /// </summary>
    /// <param name="line">The first row's line.</param>
    /// <param name="column">The column.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">A warning or a note (the rows were counted).</param>
    /// <param name="message">The message, quoting at most the one value.</param>
    /// <param name="occurrences">How many rows had it (at least 1).</param>
    public void AddFinding(int line, string column, string code, IssueSeverity severity, string message, int occurrences)
    {
        ThrowIfClosed();
        ArgumentOutOfRangeException.ThrowIfLessThan(occurrences, 1);
        Add(new DataQualityIssue(Source, line, column, code, severity, message) { Occurrences = occurrences }, fold: true);
    }

    /// <summary>A finding about the whole input (no line), folded with identical ones.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="message">The message.</param>
    public void AddFileFinding(string code, IssueSeverity severity, string message)
    {
        ThrowIfClosed();
        Add(new DataQualityIssue(Source, null, null, code, severity, message), fold: true);
    }

    private void Add(DataQualityIssue issue, bool fold)
    {
        Changes++;
        if (fold)
        {
            var key = (issue.Code, issue.Column, issue.Message);
            if (_folded.TryGetValue(key, out var index))
            {
                var existing = _issues[index];
                _issues[index] = existing with
                {
                    Line = MinLine(existing.Line, issue.Line),
                    Occurrences = existing.Occurrences + issue.Occurrences,
                };
                return;
            }

            if (_issues.Count >= MaxIssues)
            {
                Omitted += issue.Occurrences;
                return;
            }

            _folded.Add(key, _issues.Count);
            _issues.Add(issue);
            return;
        }

        if (_issues.Count >= MaxIssues)
        {
            KeepEarliest(issue);
            return;
        }

        _issues.Add(issue);
    }

    /// <summary>
    /// When the list is full, keeps the earliest findings by line (then code, column, message), so that
    /// the findings listed do not depend on the order in which they were found (chunks, partitions).
    /// </summary>
    private void KeepEarliest(DataQualityIssue issue)
    {
        // Stryker disable once Equality : equivalent, <= 0 only finds index 0 again
        if (_latest < 0)
        {
            _latest = LatestReplaceable();
        }

        // Stryker disable once Equality : equivalent, a newcomer in the same order is the same finding, and either way one is omitted
        if (_latest < 0 || Order(issue, _issues[_latest]) >= 0)
        {
            Omitted += issue.Occurrences;
            return;
        }

        Omitted += _issues[_latest].Occurrences;
        _issues[_latest] = issue;
        _latest = -1;
    }

    /// <summary>The latest finding that is not folded (a folded one is referred to by its place), or -1.</summary>
    private int LatestReplaceable()
    {
        var latest = -1;
        for (var i = 0; i < _issues.Count; i++)
        {
            if (!_issues[i].Line.HasValue || _folded.ContainsKey((_issues[i].Code, _issues[i].Column, _issues[i].Message)))
            {
                continue;
            }

            // Stryker disable once Equality : equivalent, findings in the same order are the same finding
            if (latest < 0 || Order(_issues[i], _issues[latest]) > 0)
            {
                latest = i;
            }
        }

        return latest;
    }

    private static int Order(DataQualityIssue a, DataQualityIssue b)
    {
        var order = (a.Line ?? 0).CompareTo(b.Line ?? 0);
        order = order != 0 ? order : string.CompareOrdinal(a.Code, b.Code);
        order = order != 0 ? order : string.CompareOrdinal(a.Column, b.Column);
        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    }

    private static int? MinLine(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    /// <summary>Adds another tally of the same source (a shard of the same input), its lines moved on by <paramref name="lineOffset"/>.</summary>
    internal void Merge(SourceTally other, int lineOffset = 0)
    {
        Changes++;
        RowsRead += other.RowsRead;
        CountedRows += other.CountedRows;
        RejectedRows += other.RejectedRows;
        Omitted += other.Omitted;
        foreach (var (key, rows) in other._exclusions)
        {
            _exclusions[key] = _exclusions.GetValueOrDefault(key) + rows;
        }

        foreach (var issue in other._issues)
        {
            var folded = other._folded.ContainsKey((issue.Code, issue.Column, issue.Message));
            Add(issue with { Source = Source, Line = issue.Line + lineOffset }, folded);
        }
    }

    /// <summary>A copy that can take more findings without changing this tally.</summary>
    internal SourceTally Clone()
    {
        var copy = Successor();
        copy._exclusions = new(_exclusions);
        copy._issues = [.. _issues];
        copy._folded = new(_folded);
        return copy;
    }

    /// <summary>What happened to the rows so far, with the findings in line order.</summary>
    /// <returns>The quality of the input.</returns>
    public SourceQuality ToQuality()
    {
        ThrowIfClosed();
        var exclusions = _exclusions
            .OrderBy(e => e.Key.Rule)
            .ThenBy(e => e.Key.Detail, StringComparer.Ordinal)
            .Select(e => new ExclusionCount(e.Key.Rule, e.Key.Detail, e.Value))
            .ToArray();
        var issues = _issues
            .OrderBy(i => i.Line ?? 0)
            .ThenBy(i => i.Code, StringComparer.Ordinal)
            .ThenBy(i => i.Column, StringComparer.Ordinal)
            .ThenBy(i => i.Message, StringComparer.Ordinal)
            .ToArray();
        return new SourceQuality(Source, RowsRead, CountedRows, RejectedRows, exclusions, issues, Omitted);
    }

    /// <summary>
    /// A tally that takes over everything this one holds, for the accumulator a part moves to; this one is closed, so
    /// that a reference kept to it cannot change the part's totals behind the new owner's back.
    /// </summary>
    internal SourceTally HandOver()
    {
        var heir = Successor();
        (heir._exclusions, heir._issues, heir._folded, heir._latest) = (_exclusions, _issues, _folded, _latest);
        Close();
        return heir;
    }

    /// <summary>A new tally of the same source with the same counts; the findings are the caller's to give it.</summary>
    private SourceTally Successor() => new(Source, MaxIssues)
    {
        Changes = Changes,
        RowsRead = RowsRead,
        CountedRows = CountedRows,
        RejectedRows = RejectedRows,
        Omitted = Omitted,
    };

    /// <summary>Refuses any later use: the tally's input has been merged into another accumulator.</summary>
    internal void Close()
    {
        _closed = true;
        _exclusions = [];
        _issues = [];
        _folded = [];
    }

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            ThrowClosed();
        }
    }

    [DoesNotReturn]
    private void ThrowClosed() => throw new ObjectDisposedException(
        nameof(SourceTally),
        $"The tally of {Source} belongs to an accumulator that has been merged into another one; that one now counts its rows.");
}
