namespace Wres.Esr.Internal;

/// <summary>Cuts a large file on disk into chunks of whole lines, so that every core has work to the end.</summary>
internal static class ChunkPlanner
{
    /// <summary>The most chunks one file is cut into.</summary>
    private const int MaxChunks = 64;

    /// <summary>
    /// The chunks of a file, or one <see langword="null"/> for a file read whole (not on disk, or smaller than two
    /// chunks, or with no line break to cut at). A cut that falls inside a quoted field is noticed when the chunk before
    /// it ends in an open quote, and the file is then read whole.
    /// </summary>
    public static IReadOnlyList<Chunk?> Plan(InputFile file, long chunkBytes)
    {
        if (file.Path is null || file.Length is not { } length || length < 2 * chunkBytes)
        {
            return [null];
        }

        var cuts = Cuts(file.Path, length, (int)Math.Min(MaxChunks, length / chunkBytes));
        if (cuts.Count == 1)
        {
            return [null];
        }

        IReadOnlyList<string> header;
        try
        {
            header = CsvTable.ReadHeader(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EsrFileException or CsvHelper.CsvFormatException)
        {
            return [null];
        }

        cuts.Add(length);
        return [.. Enumerable.Range(0, cuts.Count - 1).Select(i => new Chunk(i, cuts[i], cuts[i + 1], i == cuts.Count - 2, header))];
    }

    /// <summary>Where each chunk starts: 0, then just after the first line break at or after each even share of the file.</summary>
    private static List<long> Cuts(string path, long length, int pieces)
    {
        var cuts = new List<long> { 0 };
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var window = new byte[1 << 16];
        for (var i = 1; i < pieces; i++)
        {
            stream.Position = length * i / pieces;
            var read = stream.ReadAtLeast(window, window.Length, throwOnEndOfStream: false);
            var newline = window.AsSpan(0, read).IndexOf((byte)'\n');
            var cut = stream.Position - read + newline + 1;
            if (newline >= 0 && cut < length && cut > cuts[^1])
            {
                cuts.Add(cut);
            }
        }

        return cuts;
    }
}
