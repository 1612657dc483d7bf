using Wres.Esr.Internal;

namespace Wres.Esr.Tests.Internal;

public class PrefixStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(100)]
    public void Read_ReplaysThePrefixThenTheRest(int bufferSize)
    {
        var prefix = new byte[] { 1, 2, 3, 4, 99 };
        using var stream = new PrefixStream(prefix, 4, new MemoryStream([5, 6, 7]));
        using var copy = new MemoryStream();

        stream.CopyTo(copy, bufferSize);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], copy.ToArray());
    }

    [Fact]
    public void Dispose_DisposesTheRest()
    {
        var rest = new MemoryStream([1]);

        new PrefixStream([], 0, rest).Dispose();

        Assert.False(rest.CanRead);
    }

    [Fact]
    public void Seeking_IsNotSupported()
    {
        using var stream = new PrefixStream([1], 1, new MemoryStream());

        Assert.False(stream.CanSeek);
        Assert.Throws<NotSupportedException>(() => stream.Position);
        Assert.Throws<NotSupportedException>(() => stream.SetLength(1));
    }
}
