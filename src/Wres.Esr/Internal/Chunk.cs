namespace Wres.Esr.Internal;

/// <summary>One piece of a large file read on its own: its byte range, its place, and the file's header.</summary>
internal sealed record Chunk(int Index, long Start, long End, bool Last, IReadOnlyList<string> Header);
