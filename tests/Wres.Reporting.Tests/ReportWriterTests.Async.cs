using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests;

/// <summary>Writing to streams asynchronously: the bytes, and never a synchronous write or flush.</summary>
public partial class ReportWriterTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WriteAsync_StreamThatForbidsSynchronousIO_WritesTheSameAsToStringAsUtf8(ReportFormat format)
    {
        var report = Reports.Full(organisation: "Ysbyty Gwynedd – Betsi Cadwaladr");
        using var stream = new AsyncOnlyStream();

        await ReportWriter.WriteAsync(report, format, stream, new ReportWriterOptions { Publish = true });

        var bytes = stream.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Equal(ReportWriter.ToString(report, format, new ReportWriterOptions { Publish = true }), StrictUtf8.GetString(bytes));
        Assert.True(stream.AsyncWrites > 0);
        Assert.Equal(1, stream.AsyncFlushes);
        Assert.True(stream.CanWrite);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WriteAsyncRollUp_StreamThatForbidsSynchronousIO_WritesTheSameAsToString(ReportFormat format)
    {
        var rollUp = RollUps.Two();
        using var stream = new AsyncOnlyStream();

        await ReportWriter.WriteAsync(rollUp, format, stream, new ReportWriterOptions { CompareWith = RollUps.LastYear() });

        Assert.Equal(ReportWriter.ToString(rollUp, format, new ReportWriterOptions { CompareWith = RollUps.LastYear() }), StrictUtf8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task WriteAsync_SynchronousWriteOnTheSameStream_WouldFail()
    {
        using var stream = new AsyncOnlyStream();

        // The stream the async tests use does reject what the synchronous overload does.
        Assert.Throws<InvalidOperationException>(() => ReportWriter.Write(Reports.Full(), ReportFormat.Html, stream));
        await ReportWriter.WriteAsync(Reports.Full(), ReportFormat.Html, stream);
    }

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Html)]
    public async Task WriteAsync_Cancelled_ThrowsAndDoesNotFlush(ReportFormat format)
    {
        using var stream = new AsyncOnlyStream();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReportWriter.WriteAsync(Reports.Full(), format, stream, cancellationToken: cancelled.Token));
        Assert.Equal(0, stream.AsyncFlushes);
    }

    [Fact]
    public void WriteAsync_NullArgumentsOrUndefinedFormat_ThrowWhenCalled()
    {
        using var stream = new AsyncOnlyStream();

        // Thrown when called, not when awaited, so a caller learns of a bad argument before anything is written.
        Assert.Throws<ArgumentNullException>(() => { _ = ReportWriter.WriteAsync((Wres.Core.WresReport)null!, ReportFormat.Json, stream); });
        Assert.Throws<ArgumentNullException>(() => { _ = ReportWriter.WriteAsync(Reports.Full(), ReportFormat.Json, null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = ReportWriter.WriteAsync((Wres.Core.RollUp.RollUpReport)null!, ReportFormat.Json, stream); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = ReportWriter.WriteAsync(Reports.Full(), ReportFormat.Unknown, stream); });
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task WriteAsync_AspNetCoreEndpointWithSynchronousIODisallowed_StreamsTheHtmlReport()
    {
        var report = Reports.Full();
        using var host = await StartServer(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await ReportWriter.WriteAsync(report, ReportFormat.Html, context.Response.Body, new ReportWriterOptions { Publish = true }, context.RequestAborted);
        });
        using var client = host.GetTestClient();

        using var response = await client.GetAsync(new Uri("/report", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(ReportWriter.ToString(report, ReportFormat.Html, new ReportWriterOptions { Publish = true }), StrictUtf8.GetString(body));
    }

    [Fact]
    public async Task Write_AspNetCoreEndpointWithSynchronousIODisallowed_FailsWhereWriteAsyncSucceeds()
    {
        using var host = await StartServer(context =>
        {
            ReportWriter.Write(Reports.Full(), ReportFormat.Html, context.Response.Body);
            return Task.CompletedTask;
        });
        using var client = host.GetTestClient();

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(new Uri("/report", UriKind.Relative)));
    }

    private static async Task<IHost> StartServer(RequestDelegate endpoint)
    {
        var host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer(server => server.AllowSynchronousIO = false)
                .Configure(app => app.Run(endpoint)))
            .Build();
        await host.StartAsync();
        return host;
    }
}
