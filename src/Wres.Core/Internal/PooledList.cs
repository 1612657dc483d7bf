using System.Buffers;
using System.Runtime.CompilerServices;

namespace Wres.Core.Internal;

/// <summary>
/// A growable array of structs rented from <see cref="ArrayPool{T}.Shared"/>: appending never allocates
/// once the pool holds arrays of the sizes needed, and <see cref="Dispose"/> gives the array back.
/// </summary>
internal sealed class PooledList<T> : IDisposable
    where T : struct
{
    private T[] _items;

    public PooledList(int capacity = 16) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public Span<T> Span => _items.AsSpan(0, Count);

    public ref T this[int index] => ref _items[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[Count++] = item;
    }

    public void AddRange(ReadOnlySpan<T> items)
    {
        if (Count + items.Length > _items.Length)
        {
            Grow(Count + items.Length);
        }

        items.CopyTo(_items.AsSpan(Count));
        Count += items.Length;
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity > _items.Length)
        {
            Grow(capacity);
        }
    }

    private void Grow(int needed)
    {
        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, (long)_items.Length * 2));
        var items = ArrayPool<T>.Shared.Rent(size);
        _items.AsSpan(0, Count).CopyTo(items);
        ArrayPool<T>.Shared.Return(_items);
        _items = items;
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
            _items = [];
            Count = 0;
        }
    }
}
