using System.Text;
using Wres.Core.Publication;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests;

public partial class ReportWriterTests
{
    public static TheoryData<ReportFormat> Formats => [ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Json, ReportFormat.Html, ReportFormat.Csv];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_Stream_IsUtf8WithoutByteOrderMarkAndLeftOpen(ReportFormat format)
    {
        var report = Reports.Full(organisation: "Ysbyty Gwynedd – Betsi Cadwaladr");
        using var stream = new MemoryStream();

        ReportWriter.Write(report, format, stream);

        Assert.True(stream.CanWrite);
        var bytes = stream.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal(ReportWriter.ToString(report, format), new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_TextWriter_SameAsToString(ReportFormat format)
    {
        var report = Reports.Full();
        using var writer = new StringWriter();

        ReportWriter.Write(report, format, writer);

        Assert.Equal(ReportWriter.ToString(report, format), writer.ToString());
        Assert.Contains("Example NHS Trust", writer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFormat.Unknown)]
    [InlineData((ReportFormat)99)]
    public void Write_UndefinedFormat_ThrowsAndWritesNothing(ReportFormat format)
    {
        using var writer = new StringWriter();

        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriter.Write(Reports.Full(), format, writer));
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ReportWriter.Write((Wres.Core.WresReport)null!, ReportFormat.Json, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => ReportWriter.Write(Reports.Full(), ReportFormat.Json, (TextWriter)null!));
        Assert.Throws<ArgumentNullException>(() => ReportWriter.Write(Reports.Full(), ReportFormat.Json, (Stream)null!));
        Assert.Throws<ArgumentNullException>(() => ReportWriter.ToString((Wres.Core.WresReport)null!, ReportFormat.Json));
        Assert.Throws<ArgumentNullException>(() => ReportWriter.ToString(Reports.Full(), ReportFormat.Json, new ReportWriterOptions { Publish = true, Disclosure = null! }));
    }

    [Fact]
    public void Write_PublishWithInvalidDisclosureOptions_Throws()
    {
        var options = new ReportWriterOptions { Publish = true, Disclosure = new DisclosureOptions { RoundingBase = 0 } };

        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriter.ToString(Reports.Full(), ReportFormat.Json, options));
    }

    [Fact]
    public void Write_InvalidDisclosureOptionsWithoutPublish_AreNotUsed()
    {
        var options = new ReportWriterOptions { Disclosure = new DisclosureOptions { RoundingBase = 0 } };

        Assert.Contains("\"events\": 3,", Schemas.Json(Reports.Full(), options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFormat.Text, "Published with disclosure control: counts from 1 to 7 are shown as *, other counts rounded to the nearest 5 (0 stays 0; the board's size is exact).")]
    [InlineData(ReportFormat.Markdown, @"Published with disclosure control: counts from 1 to 7 are shown as \*, other counts rounded to the nearest 5 (0 stays 0; the board's size is exact).")]
    [InlineData(ReportFormat.Html, "<p class=\"caution\">Published with disclosure control: counts from 1 to 7 are shown as *")]
    [InlineData(ReportFormat.Json, "\"published\": true,\n  \"disclosurePolicy\": \"RoundToFive\",\n  \"disclosureNote\": \"Published with disclosure control: ")]
    [InlineData(ReportFormat.Csv, "Report,,,Published,,,,,,,,Yes\r\n")]
    public void ToString_Publish_SaysCountsAreProtected(ReportFormat format, string statement)
    {
        var exact = ReportWriter.ToString(Reports.Full(), format);
        var published = ReportWriter.ToString(Reports.Full(), format, new ReportWriterOptions { Publish = true });

        Assert.Contains(statement, published, StringComparison.Ordinal);
        Assert.DoesNotContain(statement, exact, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Default_IsNotPublished()
    {
        var json = Schemas.Json(Reports.Full());

        Assert.Contains("\"published\": false", json, StringComparison.Ordinal);
        Assert.Contains("\"headcount\": 163", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_CompareWithReportOfTheOtherStandard_ThrowsArgumentExceptionAndWritesNothing(ReportFormat format)
    {
        using var writer = new StringWriter();
        var options = new ReportWriterOptions { CompareWith = YearPair.Previous(Wres.Core.EqualityStandard.Wdes) };

        var e = Assert.Throws<ArgumentException>(() => ReportWriter.Write(YearPair.ThisYearReport(), format, writer, options));

        Assert.StartsWith("The previous report is a WDES report and this one is WRES: compare reports of the same standard.", e.Message, StringComparison.Ordinal);
        Assert.Equal("options", e.ParamName);
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_CompareWithReportOfTheSameYear_ThrowsArgumentExceptionAndWritesNothing(ReportFormat format)
    {
        using var writer = new StringWriter();
        var options = new ReportWriterOptions { CompareWith = YearPair.Read(YearPair.ThisYearReport()) };

        var e = Assert.Throws<ArgumentException>(() => ReportWriter.Write(YearPair.ThisYearReport(), format, writer, options));

        Assert.StartsWith("The previous report's year (2025/26) is not earlier than this report's year (2025/26).", e.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Write_CompareWithAndDataQualityOnly_WritesTheDataQualityAlone()
    {
        var options = new ReportWriterOptions { DataQualityOnly = true, CompareWith = YearPair.Read(YearPair.ThisYearReport()) };

        var text = ReportWriter.ToString(YearPair.ThisYearReport(), ReportFormat.Text, options);

        Assert.DoesNotContain("Last year", text, StringComparison.Ordinal);
        Assert.Contains("Data quality", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void WriteRollUp_StreamTextWriterAndString_AreTheSame(ReportFormat format)
    {
        var rollUp = RollUps.Two();
        using var stream = new MemoryStream();
        using var writer = new StringWriter();

        ReportWriter.Write(rollUp, format, stream);
        ReportWriter.Write(rollUp, format, writer);

        var text = ReportWriter.ToString(rollUp, format);
        Assert.False(stream.ToArray().AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal(text, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(stream.ToArray()));
        Assert.Equal(text, writer.ToString());
        Assert.Contains("RXX02", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRollUp_NullArgumentsAndUndefinedFormat_Throw()
    {
        var rollUp = RollUps.Two();

        Assert.Throws<ArgumentNullException>(() => ReportWriter.Write((Wres.Core.RollUp.RollUpReport)null!, ReportFormat.Json, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => ReportWriter.Write(rollUp, ReportFormat.Json, (TextWriter)null!));
        Assert.Throws<ArgumentNullException>(() => ReportWriter.Write(rollUp, ReportFormat.Json, (Stream)null!));
        Assert.Throws<ArgumentNullException>(() => ReportWriter.ToString((Wres.Core.RollUp.RollUpReport)null!, ReportFormat.Json));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriter.ToString(rollUp, ReportFormat.Unknown));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void WriteRollUp_CompareWithReportOfTheSameYear_ThrowsArgumentExceptionAndWritesNothing(ReportFormat format)
    {
        using var writer = new StringWriter();
        var options = new ReportWriterOptions { CompareWith = PreviousReport.Parse(Schemas.Json(RollUps.Two())) };

        var e = Assert.Throws<ArgumentException>(() => ReportWriter.Write(RollUps.Two(), format, writer, options));
        Assert.StartsWith("The previous report's year (2025/26) is not earlier than this report's year (2025/26).", e.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, writer.ToString());
    }
}
