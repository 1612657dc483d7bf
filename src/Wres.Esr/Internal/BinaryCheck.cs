using Wres.Core.Validation;

namespace Wres.Esr.Internal;

/// <summary>Tells a binary file (a spreadsheet saved as is, an image) from CSV text before it is parsed.</summary>
internal static class BinaryCheck
{
    private const int SniffBytes = 1 << 16;

    /// <summary>Looks at the first bytes: NUL bytes (outside a UTF-16 file) mean a binary file, not CSV.</summary>
    public static Stream RejectBinary(Stream stream, string file)
    {
        var buffer = new byte[SniffBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        var head = buffer.AsSpan(0, length);
        var utf16 = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && head.Contains((byte)0))
        {
            throw new EsrFileException(WresErrorCodes.BinaryContent, file, null, null, $"{file}: the file holds binary data, not CSV text (is it a spreadsheet? save it as CSV).");
        }

        if (stream.CanSeek)
        {
            stream.Position = 0;
            return stream;
        }

        return new PrefixStream(buffer, length, stream);
    }
}
