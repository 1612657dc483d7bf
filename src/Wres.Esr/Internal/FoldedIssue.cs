using Wres.Core.Validation;

namespace Wres.Esr.Internal;

/// <summary>
/// A finding about one distinct field value (an unrecognised ethnic origin, a band read as Other),
/// counted in place as rows show it and handed to the tally once, at the end of the file, as one
/// finding with its number of occurrences and its first line. Counting costs an increment per row.
/// </summary>
internal sealed class FoldedIssue(string code, IssueSeverity severity, string column, string message)
{
    private SourceTally? _tally;
    private int _count;
    private int _firstLine;
    private Dictionary<SourceTally, (int Count, int FirstLine)>? _others;

    public void Seen(SourceTally tally, int line)
    {
        if (_tally is null || ReferenceEquals(_tally, tally))
        {
            if (_count == 0 || line < _firstLine)
            {
                _firstLine = line;
            }

            _tally = tally;
            _count++;
            return;
        }

        _others ??= [];
        _others[tally] = _others.TryGetValue(tally, out var seen)
            ? (seen.Count + 1, Math.Min(seen.FirstLine, line))
            : (1, line);
    }

    /// <summary>Hands the counts to their tallies and starts again.</summary>
    public void Flush()
    {
        if (_tally is not null && _count > 0)
        {
            _tally.AddFinding(_firstLine, column, code, severity, message, _count);
        }

        if (_others is not null)
        {
            foreach (var (tally, (count, firstLine)) in _others)
            {
                tally.AddFinding(firstLine, column, code, severity, message, count);
            }

            _others.Clear();
        }

        _tally = null;
        _count = 0;
    }
}
