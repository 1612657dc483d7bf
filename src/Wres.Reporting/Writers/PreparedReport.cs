using System.Text;
using Wres.Core;
using Wres.Reporting.Contract;

namespace Wres.Reporting.Writers;

/// <summary>
/// A report ready to write in one format: the JSON contract object, or the renderer of a text format (text,
/// Markdown, HTML, CSV). Written to a text writer, or to a stream as UTF-8 without a byte-order mark: JSON straight
/// through the serializer's UTF-8 writer, a text format encoded as it is rendered.
/// </summary>
internal sealed class PreparedReport
{
    private const int BufferSize = 16 * 1024;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ReportDto? _json;
    private readonly EqualityStandard _standard;
    private readonly Action<TextWriter>? _render;

    private PreparedReport(ReportDto? json, EqualityStandard standard, Action<TextWriter>? render)
    {
        _json = json;
        _standard = standard;
        _render = render;
    }

    /// <summary>JSON, serialised from the contract object with the standard's keys.</summary>
    public static PreparedReport Json(ReportDto report, EqualityStandard standard) => new(report, standard, null);

    /// <summary>A text format, written by <paramref name="render"/>.</summary>
    public static PreparedReport Text(Action<TextWriter> render) => new(null, EqualityStandard.Wres, render);

    public void WriteTo(TextWriter output)
    {
        if (_json is not null)
        {
            JsonReportWriter.Write(_json, _standard, output);
        }
        else
        {
            _render!(output);
        }
    }

    /// <summary>Writes synchronously, then flushes the stream.</summary>
    public void WriteTo(Stream output)
    {
        if (_json is not null)
        {
            JsonReportWriter.Write(_json, _standard, output);
        }
        else
        {
            using var writer = new StreamWriter(output, Utf8NoBom, BufferSize, leaveOpen: true);
            _render!(writer);
            writer.Flush();
        }

        output.Flush();
    }

    /// <summary>
    /// Writes with asynchronous writes and flushes only, never a synchronous one (ASP.NET Core forbids them): JSON as
    /// it is serialised; a text format rendered into memory as UTF-8 first, then written in one go.
    /// </summary>
    public async Task WriteToAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_json is not null)
        {
            await JsonReportWriter.WriteAsync(_json, _standard, output, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            using var memory = new MemoryStream(BufferSize);
            using (var writer = new StreamWriter(memory, Utf8NoBom, BufferSize, leaveOpen: true))
            {
                _render!(writer);
            }

            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(memory.GetBuffer().AsMemory(0, (int)memory.Length), cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
