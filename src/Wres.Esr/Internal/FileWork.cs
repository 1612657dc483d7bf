using Wres.Core.Ingestion;
using Wres.Core.RollUp;

namespace Wres.Esr.Internal;

/// <summary>One input file's reading: its chunks (or the whole file), each into a roll-up of its own, then their merge in line order.</summary>
internal sealed class FileWork(InputPart part, InputFile file, IReadOnlyList<Chunk?> chunks)
{
    private readonly (WresRollUp RollUp, int LineBreaks)?[] _results = new (WresRollUp, int)?[chunks.Count];
    private volatile bool _whole;

    public InputPart Part { get; } = part;

    public InputFile File { get; } = file;

    public IReadOnlyList<Chunk?> Chunks { get; } = chunks;

    /// <summary>Reads one chunk (or the whole file, for <see langword="null"/>); any thread.</summary>
    public void Read(PartReader reader, Chunk? chunk, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        if (chunk is null)
        {
            _results[0] = (reader.ReadWhole(Part, File, routing, progress, cancellationToken), 0);
            return;
        }

        if (_whole)
        {
            return;
        }

        try
        {
            _results[chunk.Index] = reader.ReadChunk(Part, File, chunk, routing, progress, cancellationToken);
        }
        catch (Exception e) when (e is ChunkBoundaryException or NotUtf8Exception or EsrFileException)
        {
            // Read the file in one piece instead: it finds the right encoding, and reports a real
            // problem with its true line number.
            _whole = true;
        }
    }

    /// <summary>The file's roll-up: the chunks merged into the first, each chunk's lines moved on by the line breaks before it.</summary>
    public WresRollUp Finish(PartReader reader, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        if (_whole)
        {
            return reader.ReadWhole(Part, File, routing, progress, cancellationToken);
        }

        var (first, lines) = _results[0]!.Value;
        first.Reserve([.. _results.Skip(1).Select(r => r!.Value.RollUp)]);
        for (var i = 1; i < _results.Length; i++)
        {
            var (chunk, breaks) = _results[i]!.Value;
            first.Merge(chunk, lines);
            lines += breaks;
        }

        return first;
    }
}
