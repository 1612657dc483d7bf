using System.Globalization;
using Wres.Esr;

namespace Wres.Cli;

/// <summary>
/// Shows reading progress on one line of standard error, only when standard error is a terminal and
/// the inputs are large; safe to call from the reader's threads.
/// </summary>
internal sealed class TerminalProgress(TextWriter terminal, long totalBytes) : IProgress<ReadProgress>, IDisposable
{
    /// <summary>Below this many bytes in all, reading is quick and no progress is shown.</summary>
    public const long Threshold = 32L << 20;

    private readonly Dictionary<string, long> _read = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastTicks;
    private bool _shown;

    public void Report(ReadProgress value)
    {
        lock (_gate)
        {
            _read[value.File] = value.BytesRead;
            var now = Environment.TickCount64;
            if (now - _lastTicks < 200)
            {
                return;
            }

            _lastTicks = now;
            var done = _read.Values.Sum();
            var percent = totalBytes > 0 ? Math.Min(100, done * 100 / totalBytes) : 0;
            terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\rReading {_read.Count} file(s): {done >> 20} of {totalBytes >> 20} MiB ({percent}%)   "));
            terminal.Flush();
            _shown = true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_shown)
            {
                terminal.Write("\r" + new string(' ', 60) + "\r");
                terminal.Flush();
            }
        }
    }
}
