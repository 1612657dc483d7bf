using Wres.Core;

namespace Wres.Esr.Tests.RealExports;

/// <summary>Inputs that can be opened only once (a pipe, standard input) and cells too large to read.</summary>
public class ReadingEdgeTests
{
    [Fact]
    public void Read_StreamThatOpensOnce_SniffedHeadIsReplayed()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", "staff-title-lines.csv"));
        var opened = 0;
        var input = InputFile.FromStream("staff.csv", () => ++opened == 1 ? new OnceStream(bytes) : throw new IOException("The pipe has been read already."));

        var report = Corpus.Report(new WresInputs { Staff = input });

        Assert.Equal(1, opened);
        Assert.Equal((5, 5, 0, 0), report.Quality("staff.csv").Totals());
        Assert.Equal(new GroupTally(2, 2, 1), report.Workforce);
    }

    [Fact]
    public void Read_CellOfTenMegabytes_IsRead()
    {
        // Issue 10's fuzzing finding: a well-formed file with one cell of 4 MB or more was refused as "not well-formed".
        var text = "Employee Number,Ethnic Origin,Staff Group,Pay Band\n1,A,03,Band 5\n2," + new string('x', 10_000_000) + ",03,Band 5\n3,N,03,Band 5\n";

        var report = Corpus.Report(new WresInputs { Staff = InputFile.FromText("staff.csv", text) });

        // Every row counted; the huge value is an unrecognised ethnicity (Unknown), quoted at most in part.
        Assert.Equal((3, 3, 0, 0), report.Quality("staff.csv").Totals());
        Assert.Equal(new GroupTally(1, 1, 1), report.Workforce);
        Assert.All(report.Quality("staff.csv").Issues, i => Assert.True(i.Message.Length < 1_000));
    }

    [Fact]
    public void Read_RecordLongerThanTheLimit_IsWres008NamingTheLineAndTheLimit()
    {
        // A record a whole MiB over the limit: the CSV parser checks the limit as its buffer grows, so a record only a few
        // bytes over 64 MiB can still be read whole (measured: 64 MiB + 10 bytes is read, 65 MiB is refused).
        var path = Path.Combine(Path.GetTempPath(), $"wres-long-record-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                writer.Write("Employee Number,Ethnic Origin,Staff Group,Pay Band\n1,A,03,Band 5\n2,");
                writer.Write(new string('x', 65 << 20));
                writer.Write(",03,Band 5\n3,N,03,Band 5\n");
            }

            var error = Assert.Throws<EsrFileException>(() => Corpus.Report(new WresInputs { Staff = InputFile.FromPath(path) }));

            Assert.Equal("WRES008", error.Code);
            Assert.Equal(3, error.Line);
            Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
            Assert.Contains("64 MiB", error.Message, StringComparison.Ordinal);
            Assert.True(error.Message.Length < 300);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A stream that cannot seek, as a pipe.</summary>
    private sealed class OnceStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
