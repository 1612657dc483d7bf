using Wres.Esr.Internal;

namespace Wres.Esr.Tests.Internal;

public sealed class ChunkStreamTests : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    public void Dispose() => File.Delete(_path);

    private byte[] ReadAll(long start, long end, int bufferSize, out int lineBreaks)
    {
        using var stream = new ChunkStream(_path, start, end);
        using var copy = new MemoryStream();
        var buffer = new byte[bufferSize];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        lineBreaks = stream.LineBreaks;
        return copy.ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Read_GivesExactlyTheRange_AndCountsCrLfAndCrAndLfOnceEach(int bufferSize)
    {
        File.WriteAllBytes(_path, "head\na\r\nb\rc\n\r\nd\r\r\ne"u8.ToArray());

        var bytes = ReadAll(5, 19, bufferSize, out var breaks);
        var part = ReadAll(5, 12, bufferSize, out var partBreaks);

        Assert.Equal("a\r\nb\rc\n\r\nd\r\r\ne"u8.ToArray(), bytes);
        Assert.Equal(6, breaks);
        Assert.Equal("a\r\nb\rc\n"u8.ToArray(), part);
        Assert.Equal(3, partBreaks);
    }

    [Fact]
    public void Read_RangeEndingOnACr_CountsItOnce()
    {
        File.WriteAllBytes(_path, "a\r\nb\r"u8.ToArray());

        ReadAll(0, 5, 1, out var breaks);

        Assert.Equal(2, breaks);
    }

    [Fact]
    public void Seeking_IsNotSupported()
    {
        File.WriteAllBytes(_path, "abc"u8.ToArray());
        using var stream = new ChunkStream(_path, 0, 3);

        Assert.False(stream.CanSeek);
        Assert.Throws<NotSupportedException>(() => stream.Length);
        Assert.Throws<NotSupportedException>(() => stream.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => stream.Write([1], 0, 1));
    }
}
