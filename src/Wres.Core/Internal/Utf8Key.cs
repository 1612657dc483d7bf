using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Wres.Core.Internal;

/// <summary>Turns a typed record's text key into the UTF-8 bytes the accumulators are keyed by.</summary>
internal static class Utf8Key
{
    /// <summary>The largest key encoded on the stack; longer keys are encoded into a new array.</summary>
    public const int StackLimit = 256;

    /// <summary>Encodes the trimmed text into <paramref name="buffer"/> (or a new array when it does not fit).</summary>
    public static ReadOnlySpan<byte> Encode(ReadOnlySpan<char> text, Span<byte> buffer)
    {
        text = text.Trim();
        if (Ascii.FromUtf16(text, buffer, out var written) == OperationStatus.Done
            || Utf8.FromUtf16(text, buffer, out _, out written) == OperationStatus.Done)
        {
            return buffer[..written];
        }

        var target = new byte[Encoding.UTF8.GetByteCount(text)];
        return target[..Encoding.UTF8.GetBytes(text, target)];
    }
}
