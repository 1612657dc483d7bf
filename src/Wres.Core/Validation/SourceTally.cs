namespace Wres.Core.Validation;

/// <summary>
/// Counts what happens to every row of one input and collects its findings. Each row goes through
/// exactly one of <see cref="Counted"/>, <see cref="Excluded"/> or <see cref="Rejected"/>, so the
/// totals reconcile by construction. Findings beyond <see cref="MaxIssues"/> are counted, not kept (the
/// earliest by line are kept, whatever order they were found in);
/// identical warnings and notes are folded into one with an occurrence count.
/// </summary>
internal sealed class SourceTally
{
    private readonly Dictionary<(ExclusionRule Rule, string? Detail), int> _exclusions = [];
    private readonly List<DataQualityIssue> _issues = [];
    private readonly Dictionary<(string Code, string? Column, string Message), int> _folded = [];
    private int _latest = -1;

    public SourceTally(string source, int maxIssues)
    {
        Source = source;
        MaxIssues = maxIssues;
    }

    public string Source { get; }

    public int MaxIssues { get; }

    public int Read { get; private set; }

    public int CountedRows { get; private set; }

    public int RejectedRows { get; private set; }

    public int Omitted { get; private set; }

    public int ExcludedRows { get; private set; }

    public void Counted()
    {
        Read++;
        CountedRows++;
    }

    public void Excluded(ExclusionRule rule, string? detail = null)
    {
        Read++;
        ExcludedRows++;
        var key = (rule, detail);
        _exclusions[key] = _exclusions.GetValueOrDefault(key) + 1;
    }

    public void Rejected(int? line, string? column, string code, string message)
    {
        Read++;
        RejectedRows++;
        Add(new DataQualityIssue(Source, line, column, code, IssueSeverity.Error, message), fold: false);
    }

    /// <summary>Undoes a <see cref="Counted"/> call for a row a later check rejected (dataset-level checks).</summary>
    public void CountedThenRejected(int? line, string? column, string code, string message)
    {
        CountedRows--;
        RejectedRows++;
        Add(new DataQualityIssue(Source, line, column, code, IssueSeverity.Error, message), fold: false);
    }

    /// <summary>A warning about one row. <paramref name="fold"/> merges it with identical warnings (use it when the message names the offending value).</summary>
    public void Warning(int? line, string? column, string code, string message, bool fold = false) =>
        Add(new DataQualityIssue(Source, line, column, code, IssueSeverity.Warning, message), fold);

    public void Note(int? line, string? column, string code, string message) =>
        Add(new DataQualityIssue(Source, line, column, code, IssueSeverity.Note, message), fold: true);

    /// <summary>A finding about one value seen on <paramref name="occurrences"/> rows, the first on <paramref name="line"/>; folded with identical findings.</summary>
    public void Folded(int line, string column, string code, IssueSeverity severity, string message, int occurrences) =>
        Add(new DataQualityIssue(Source, line, column, code, severity, message) { Occurrences = occurrences }, fold: true);

    /// <summary>A whole-file finding (no line).</summary>
    public void FileIssue(string code, IssueSeverity severity, string message) =>
        Add(new DataQualityIssue(Source, null, null, code, severity, message), fold: true);

    private void Add(DataQualityIssue issue, bool fold)
    {
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
        if (_latest < 0)
        {
            _latest = LatestReplaceable();
        }

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
    public void Merge(SourceTally other, int lineOffset = 0)
    {
        Read += other.Read;
        CountedRows += other.CountedRows;
        RejectedRows += other.RejectedRows;
        ExcludedRows += other.ExcludedRows;
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
    public SourceTally Clone()
    {
        var copy = new SourceTally(Source, MaxIssues)
        {
            Read = Read,
            CountedRows = CountedRows,
            RejectedRows = RejectedRows,
            ExcludedRows = ExcludedRows,
            Omitted = Omitted,
        };
        foreach (var (key, rows) in _exclusions)
        {
            copy._exclusions.Add(key, rows);
        }

        copy._issues.AddRange(_issues);
        foreach (var (key, index) in _folded)
        {
            copy._folded.Add(key, index);
        }

        return copy;
    }

    public SourceQuality ToQuality()
    {
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
        return new SourceQuality(Source, Read, CountedRows, RejectedRows, exclusions, issues, Omitted);
    }
}
