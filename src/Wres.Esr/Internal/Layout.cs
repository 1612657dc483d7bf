using System.Text;

namespace Wres.Esr.Internal;

/// <summary>
/// How a file is laid out, found once from its first lines: its encoding, its delimiter, and where its header is (the
/// lines above it are a preamble, skipped and reported).
/// </summary>
/// <param name="Encoding">UTF-16 when the file starts with its byte-order mark; otherwise <see langword="null"/> (UTF-8, falling back to Windows-1252).</param>
/// <param name="Delimiter">Comma, tab, semicolon or pipe.</param>
/// <param name="HeaderLine">The header's physical line, 1-based.</param>
/// <param name="HeaderOffset">The byte offset at which the header line starts (after any byte-order mark and preamble).</param>
/// <param name="Preamble">The first non-blank preamble line, for the note; <see langword="null"/> when there is none.</param>
/// <param name="Match">The header matched to the schema.</param>
internal sealed record Layout(Encoding? Encoding, char Delimiter, int HeaderLine, long HeaderOffset, string? Preamble, HeaderMatch Match)
{
    /// <summary>The lines above the header that were skipped.</summary>
    public int PreambleLines => HeaderLine - 1;

    /// <summary>The delimiter in words, for notes.</summary>
    public string DelimiterName => Delimiter switch
    {
        '\t' => "tab",
        ';' => "semicolon",
        '|' => "pipe",
        _ => "comma",
    };
}
