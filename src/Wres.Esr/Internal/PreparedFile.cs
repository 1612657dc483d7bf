using Wres.Core.Ingestion;
using Wres.Core.Validation;
using Wres.Esr.Parsing;

namespace Wres.Esr.Internal;

/// <summary>
/// One input opened once before any is read: its first bytes checked to be text, its layout found (encoding,
/// delimiter, header line after any preamble) and its header matched to the schema and the mapping. A stream that
/// cannot be opened again (a pipe, standard input) is kept, its first bytes replayed, for the one read that follows.
/// </summary>
internal sealed class PreparedFile : IDisposable
{
    /// <summary>The bytes looked at: enough for the header and the lines above it.</summary>
    private const int HeadBytes = 1 << 16;

    private Stream? _kept;

    private PreparedFile(InputPart part, InputFile file, Layout layout, Stream? kept)
    {
        Part = part;
        File = file;
        Layout = layout;
        _kept = kept;
    }

    public InputPart Part { get; }

    public InputFile File { get; }

    public Layout Layout { get; }

    public FileSchema Schema => Layout.Match.Schema;

    /// <summary>Whether the input can be cut into chunks read in parallel: a seekable UTF-8 or single-byte file on disk.</summary>
    public bool CanChunk => _kept is null && Layout.Encoding is null && File.Path is not null;

    /// <summary>Opens the file's bytes from the start: the kept stream once, otherwise a new one.</summary>
    public Stream Open() => Interlocked.Exchange(ref _kept, null) ?? File.Open();

    /// <summary>
    /// Opens, sniffs and matches an input; throws the <see cref="EsrFileException"/> that says why it cannot be read (with
    /// <paramref name="allowMissing"/>, for inspecting, a required column missing is left in the match instead).
    /// </summary>
    public static PreparedFile Prepare(InputPart part, InputFile file, ReaderSettings settings, bool allowMissing = false) =>
        Prepare(part, InputParsers.Schema(part), ReaderSettings.MappingKey(part), settings.ColumnsFor(part), file, allowMissing);

    /// <summary>Opens, sniffs and matches the pay file, which is no input of the WRES accumulator (its part is <see cref="InputPart.Unknown"/>).</summary>
    public static PreparedFile PreparePay(InputFile file, ReaderSettings settings, bool allowMissing = false) =>
        Prepare(InputPart.Unknown, Columns.Pay, ReaderSettings.PayKey, settings.ColumnsFor(ReaderSettings.PayKey), file, allowMissing);

    private static PreparedFile Prepare(InputPart part, FileSchema schema, string key, IReadOnlyDictionary<string, string>? mapped, InputFile file, bool allowMissing)
    {
        HeaderMatcher.CheckMapping(file.Name, schema, mapped, key);
        var stream = file.Open();
        try
        {
            var head = new byte[HeadBytes];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var bytes = head.AsSpan(0, length);
            var utf16 = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
            if (!utf16 && bytes.Contains((byte)0))
            {
                throw new EsrFileException(WresErrorCodes.BinaryContent, file.Name, null, null, $"{file.Name}: the file holds binary data, not CSV text (is it a spreadsheet? save it as CSV).");
            }

            var layout = LayoutSniffer.Sniff(bytes, schema, mapped, key);
            var names = layout.Match.Header;
            if (names.All(string.IsNullOrWhiteSpace))
            {
                throw new EsrFileException(WresErrorCodes.EmptyFile, file.Name, 1, null, $"{file.Name}: the file is empty; a header row naming the columns is required.");
            }

            CheckDuplicates(file.Name, layout);
            if (layout.Match.Missing.Count > 0 && !allowMissing)
            {
                throw HeaderMatcher.MissingColumns(file.Name, layout.Match, key);
            }

            Stream? kept = null;
            if (!stream.CanSeek)
            {
                kept = new PrefixStream(head, length, stream);
                stream = null;
            }

            return new PreparedFile(part, file, layout, kept);
        }
        finally
        {
            stream?.Dispose();
        }
    }

    /// <summary>The findings about the file's layout and header, for its tally: added once per file.</summary>
    public void AddFindings(SourceTally tally)
    {
        var layout = Layout;
        if (layout.PreambleLines > 0)
        {
            var first = layout.Preamble is null ? string.Empty : $"; the first: {Fields.Quote(layout.Preamble.AsSpan().Trim().TrimEnd(layout.Delimiter).TrimEnd())}";
            tally.Note(null, null, WresErrorCodes.PreambleSkipped,
                $"{layout.PreambleLines} line{(layout.PreambleLines == 1 ? " above the header" : "s above the header")} (line {layout.HeaderLine}) {(layout.PreambleLines == 1 ? "was" : "were")} skipped as a title{first}.");
        }

        if (layout.Delimiter != ',')
        {
            tally.Note(null, null, WresErrorCodes.DelimiterDetected, $"The file is {layout.DelimiterName}-separated (found from the header line).");
        }

        foreach (var finding in layout.Match.Findings)
        {
            if (finding.Severity == IssueSeverity.Warning)
            {
                tally.Warn(null, finding.Column, finding.Code, finding.Message);
            }
            else
            {
                tally.Note(null, finding.Column, finding.Code, finding.Message);
            }
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _kept, null)?.Dispose();

    private static void CheckDuplicates(string file, Layout layout)
    {
        var names = layout.Match.Header;
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (names[i].Length > 0 && string.Equals(names[i], names[j], StringComparison.OrdinalIgnoreCase))
                {
                    throw new EsrFileException(WresErrorCodes.DuplicateColumn, file, layout.HeaderLine, names[i], $"{file}: the header names the column '{names[i]}' twice, so its values are ambiguous.");
                }
            }
        }
    }
}
