using System.Buffers;
using System.Runtime.CompilerServices;

namespace Wres.Core.Internal;

/// <summary>
/// Arrays for row buffers: small ones are rented from <see cref="ArrayPool{T}.Shared"/>; large ones
/// (1 MiB and more) are allocated and left to the garbage collector, because the shared pool would keep
/// every outgrown buffer of a national-scale read alive until the process ends.
/// </summary>
internal static class LargeArrays
{
    private const int PooledBytes = 1 << 20;

    public static T[] Rent<T>(int length) =>
        (long)length * Unsafe.SizeOf<T>() < PooledBytes ? ArrayPool<T>.Shared.Rent(length) : GC.AllocateUninitializedArray<T>(length);

    public static void Return<T>(T[] array)
    {
        if (array.Length > 0 && (long)array.Length * Unsafe.SizeOf<T>() < PooledBytes)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}
