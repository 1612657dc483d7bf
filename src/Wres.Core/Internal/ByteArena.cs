using System.Buffers;
using System.Runtime.CompilerServices;

namespace Wres.Core.Internal;

/// <summary>Append-only storage for the UTF-8 keys of rows (employee and assignment numbers), pooled.</summary>
internal sealed class ByteArena : IDisposable
{
    private byte[] _bytes;

    public ByteArena(int capacity = 1024) => _bytes = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 1024));

    public int Length { get; private set; }

    public ReadOnlySpan<byte> this[int offset, int length] => _bytes.AsSpan(offset, length);

    /// <summary>Appends the bytes and returns where they start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Append(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _bytes.Length)
        {
            Grow(Length + bytes.Length);
        }

        var offset = Length;
        bytes.CopyTo(_bytes.AsSpan(offset));
        Length += bytes.Length;
        return offset;
    }

    /// <summary>Appends another arena's bytes and returns where they start here.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _bytes.Length)
        {
            Grow(capacity);
        }
    }

    public int AppendAll(ByteArena other) => Append(other._bytes.AsSpan(0, other.Length));

    private void Grow(int needed)
    {
        if (needed < 0)
        {
            throw new InvalidOperationException("More than 2 GiB of keys cannot be held.");
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, (long)_bytes.Length * 2));
        var bytes = ArrayPool<byte>.Shared.Rent(size);
        _bytes.AsSpan(0, Length).CopyTo(bytes);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = bytes;
    }

    public void Dispose()
    {
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
            Length = 0;
        }
    }
}
