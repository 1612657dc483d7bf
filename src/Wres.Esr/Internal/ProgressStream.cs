namespace Wres.Esr.Internal;

/// <summary>A read-only pass-through stream that reports how many bytes have been read, at most every 4 MiB.</summary>
internal sealed class ProgressStream(Stream inner, string file, long? total, IProgress<ReadProgress> progress) : ReadOnlyStream
{
    private const long Step = 4L << 20;
    private long _read;
    private long _nextReport = Step;

    public override long Length => inner.Length;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Advance(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Advance(inner.Read(buffer));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Input files are read synchronously.");

    private int Advance(int read)
    {
        _read += read;
        if (_read >= _nextReport || read == 0)
        {
            _nextReport = _read + Step;
            progress.Report(new ReadProgress(file, _read, total));
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
