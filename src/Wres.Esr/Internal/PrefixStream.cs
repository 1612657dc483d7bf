namespace Wres.Esr.Internal;

/// <summary>Replays bytes already read from a non-seekable stream, then continues with the stream.</summary>
internal sealed class PrefixStream(byte[] prefix, int length, Stream rest) : ReadOnlyStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        if (_position < length)
        {
            var take = Math.Min(buffer.Length, length - _position);
            prefix.AsSpan(_position, take).CopyTo(buffer);
            _position += take;
            return take;
        }

        return rest.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
