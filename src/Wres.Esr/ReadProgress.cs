namespace Wres.Esr;

/// <summary>How far the reading of one input has got.</summary>
/// <param name="File">The input's name.</param>
/// <param name="BytesRead">Bytes read so far.</param>
/// <param name="TotalBytes">The input's size, when known.</param>
public readonly record struct ReadProgress(string File, long BytesRead, long? TotalBytes);
