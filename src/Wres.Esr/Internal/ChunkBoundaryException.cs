namespace Wres.Esr.Internal;

/// <summary>A chunk ended inside a quoted field, so the file must be read in one piece. Never leaves the reader.</summary>
internal sealed class ChunkBoundaryException : Exception
{
    public ChunkBoundaryException()
        : base("A chunk boundary fell inside a quoted field.")
    {
    }
}
