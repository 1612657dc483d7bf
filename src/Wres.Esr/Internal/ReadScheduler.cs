using Wres.Core.Ingestion;
using Wres.Core.RollUp;

namespace Wres.Esr.Internal;

/// <summary>
/// Reads several input files at once: every file is planned into chunks, the chunks of all files are read in parallel
/// (largest first, so that no core idles at the end), then each file's chunks are merged in line order and the files
/// into one roll-up.
/// </summary>
internal sealed class ReadScheduler(PartReader reader, long chunkBytes)
{
    public WresRollUp ReadAll(IEnumerable<(InputPart Part, InputFile File)> provided, Routing routing, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        var files = provided.Select(f => new FileWork(f.Part, f.File, ChunkPlanner.Plan(f.File, chunkBytes))).ToArray();
        var work = files.SelectMany(f => f.Chunks.Select(c => (File: f, Chunk: c)))
            .OrderByDescending(w => w.Chunk is null ? w.File.File.Length ?? 0 : w.Chunk.End - w.Chunk.Start)
            .ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(work, options, w => w.File.Read(reader, w.Chunk, routing, progress, cancellationToken));
        }
        catch (AggregateException e)
        {
            throw First(e);
        }

        var result = reader.CreateRollUp(routing);
        foreach (var file in files)
        {
            result.Merge(file.Finish(reader, routing, progress, cancellationToken));
        }

        return result;
    }

    /// <summary>The exception to report from a parallel read: a file problem first, then a cancellation.</summary>
    private static Exception First(AggregateException e)
    {
        var flat = e.Flatten().InnerExceptions;
        return flat.OfType<EsrFileException>().FirstOrDefault()
            ?? flat.OfType<OperationCanceledException>().FirstOrDefault()
            ?? (Exception)e;
    }
}
