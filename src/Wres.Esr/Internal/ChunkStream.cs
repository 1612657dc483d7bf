namespace Wres.Esr.Internal;

/// <summary>
/// A read-only view of the bytes [start, end) of a file, counting the line breaks that pass (CR, LF and
/// CR LF each count once, as the CSV reader counts lines), so that the next chunk's line numbers can be
/// made absolute.
/// </summary>
internal sealed class ChunkStream : ReadOnlyStream
{
    private readonly FileStream _file;
    private long _remaining;
    private bool _pendingCr;

    public ChunkStream(string path, long start, long end)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        _file.Position = start;
        _remaining = end - start;
    }

    /// <summary>The line breaks read so far.</summary>
    public int LineBreaks { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (_remaining <= 0)
        {
            return 0;
        }

        if (buffer.Length > _remaining)
        {
            buffer = buffer[..(int)_remaining];
        }

        var read = _file.Read(buffer);
        _remaining -= read;
        Count(buffer[..read]);
        return read;
    }

    private void Count(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        var lineFeeds = bytes.Count((byte)'\n');
        var returns = bytes.Count((byte)'\r');
        var paired = 0;
        if (returns > 0)
        {
            // A CR followed by LF is one break; a CR split from its LF by the buffer edge too.
            if (_pendingCr && bytes[0] == '\n')
            {
                paired++;
            }

            var rest = bytes;
            int at;
            while ((at = rest.IndexOf((byte)'\r')) >= 0)
            {
                if (at + 1 < rest.Length && rest[at + 1] == '\n')
                {
                    paired++;
                }

                rest = rest[(at + 1)..];
            }
        }
        else if (_pendingCr && bytes[0] == '\n')
        {
            paired++;
        }

        _pendingCr = bytes[^1] == '\r';
        LineBreaks += lineFeeds + returns - paired;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
