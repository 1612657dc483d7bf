using System.Text;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests;

/// <summary>What cannot be last year's report is refused before it is read in full: too large, or nested too deep.</summary>
public partial class PreviousReportTests
{
    [Fact]
    public void Load_SeekableStreamLongerThanTheLimit_RefusedWithoutReadingIt()
    {
        using var stream = new UnreadableStream(PreviousReport.MaximumSize + 1L, seekable: true);

        var e = Assert.Throws<FormatException>(() => PreviousReport.Load(stream));

        Assert.Contains("holds more than 64 MiB", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void Load_EndlessStream_RefusedOnceItHasGivenJustMoreThanTheLimit()
    {
        using var stream = new UnreadableStream(long.MaxValue, seekable: false, readable: true);

        var e = Assert.Throws<FormatException>(() => PreviousReport.Load(stream));

        Assert.Contains("holds more than 64 MiB", e.Message, StringComparison.Ordinal);
        Assert.InRange(stream.BytesRead, PreviousReport.MaximumSize + 1L, PreviousReport.MaximumSize + (1L << 20));
    }

    [Fact]
    public void Load_StreamOfExactlyTheLimit_IsParsedNotRefusedForItsSize()
    {
        // Exactly the limit of spaces after a report's text is still within the limit: it fails as JSON only if the text does.
        var json = Encoding.UTF8.GetBytes(Schemas.Json(Reports.Full()));
        var padded = new byte[PreviousReport.MaximumSize];
        Array.Fill(padded, (byte)' ');
        json.CopyTo(padded, 0);

        var previous = PreviousReport.Load(new MemoryStream(padded));

        Assert.Equal(Reports.Organisation, previous.Organisation);
    }

    [Fact]
    public void Parse_NestedDeeperThanTheLimit_RefusedNamingTheLineAndDepth()
    {
        var json = "{\n\"schema\": \"wres-report/1\",\n\"x\": " + new string('[', PreviousReport.MaximumDepth) + new string(']', PreviousReport.MaximumDepth) + "}";

        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(json));

        Assert.Equal("The previous report is not a wres-report/1 report: it nests objects or lists deeper than a report's 16 levels (line 3).", e.Message);
    }

    [Fact]
    public void Parse_NestedToTheLimit_IsNotRefusedForItsDepth()
    {
        // The root object and 15 lists: 16 levels, the most a report may have; it is then not a report for other reasons.
        var json = "{\"schema\": \"other/1\", \"x\": " + new string('[', PreviousReport.MaximumDepth - 1) + new string(']', PreviousReport.MaximumDepth - 1) + "}";

        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(json));

        Assert.Contains("its schema is \"other/1\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RollUpComparedWithLastYear_IsWithinTheDepthLimit()
    {
        // The deepest report there is: a roll-up whose organisations carry previous and change objects.
        var json = Schemas.Json(RollUps.Two(), new ReportWriterOptions { CompareWith = RollUps.LastYear() });

        var previous = PreviousReport.Parse(json);

        Assert.Equal(RollUps.Name, previous.Organisation);
    }

    [Fact]
    public void Load_WithByteOrderMark_Reads()
    {
        var json = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Schemas.Json(Reports.Full()))).ToArray();

        Assert.Equal(Reports.Organisation, PreviousReport.Load(new MemoryStream(json)).Organisation);
    }

    /// <summary>A stream of a given length: seekable with nothing read, or spaces forever (as a device or a pipe gives).</summary>
    private sealed class UnreadableStream(long length, bool seekable, bool readable = false) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Assert.True(readable, "The stream was read.");
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
