using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Wres.Core;
using Wres.Core.RollUp;
using Wres.Core.Validation;

namespace Wres.Esr;

/// <summary>The summary a reader logs after each read, when it was given a logger.</summary>
public sealed partial class WresFileReader
{
    /// <summary>Logs what happened to each input's rows, the rejections by code, and the time taken.</summary>
    private void LogSummary(IEnumerable<WresAccumulator> accumulators, long started)
    {
        if (_logger is null || !_logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        // One line per input: an input read by organisation is spread over the organisations' accumulators.
        var bySource = new Dictionary<string, (int Read, int Counted, int Excluded, int Rejected, Dictionary<string, int> Codes)>(StringComparer.Ordinal);
        foreach (var accumulator in accumulators)
        {
            foreach (var input in accumulator.InputQuality())
            {
                var (read, counted, excluded, rejected, codes) = bySource.TryGetValue(input.Source, out var sum)
                    ? sum
                    : (0, 0, 0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
                foreach (var issue in input.Issues)
                {
                    if (issue.Severity == IssueSeverity.Error && issue.Line is not null)
                    {
                        codes[issue.Code] = codes.GetValueOrDefault(issue.Code) + issue.Occurrences;
                    }
                }

                bySource[input.Source] = (read + input.RowsRead, counted + input.RowsCounted, excluded + input.RowsExcluded, rejected + input.RowsRejected, codes);
            }
        }

        foreach (var (source, sum) in bySource)
        {
            FileRead(_logger, source, sum.Read, sum.Counted, sum.Excluded, sum.Rejected);
            foreach (var (code, count) in sum.Codes.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                RowsRejected(_logger, source, count, code);
            }
        }

        ReadFinished(_logger, bySource.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private void LogSummary(WresRollUp rollUp, long started) =>
        LogSummary(rollUp.Organisations.Select(rollUp.For).Prepend(rollUp.Unassigned), started);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Source}: {RowsRead} rows read, {RowsCounted} counted, {RowsExcluded} excluded by rule, {RowsRejected} rejected")]
    private static partial void FileRead(ILogger logger, string source, int rowsRead, int rowsCounted, int rowsExcluded, int rowsRejected);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Source}: {Rows} rows rejected with {Code}")]
    private static partial void RowsRejected(ILogger logger, string source, int rows, string code);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Read {Files} inputs in {ElapsedMilliseconds} ms")]
    private static partial void ReadFinished(ILogger logger, int files, long elapsedMilliseconds);
}
